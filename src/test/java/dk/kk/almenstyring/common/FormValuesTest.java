package dk.kk.almenstyring.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one reading of typed dates and times: Danish and ISO dates in, everything else out with a Danish reason. */
class FormValuesTest {

    @ParameterizedTest
    @CsvSource({
            "14.01.2027, 2027-01-14",
            "4.1.2027, 2027-01-04",
            "04.1.2027, 2027-01-04",
            "' 29.02.2028 ', 2028-02-29",
            "31.12.2027, 2027-12-31",
            "2027-01-14, 2027-01-14"})
    void readsDanishAndIsoDates(String typed, LocalDate expected) {
        assertThat(FormValues.date(typed, "Mødedatoen")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2027", "29.02.2027", "32.01.2027", "00.01.2027", "14.13.2027", "2027-13-01", "2027-02-30"})
    void refusesDatesThatDoNotExist(String typed) {
        assertThatThrownBy(() -> FormValues.date(typed, "Mødedatoen"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mødedatoen '" + typed + "' findes ikke i kalenderen. Skriv datoen som dd.mm.åååå, fx 14.01.2027.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/02/2027", "2/1/27", "1.2.27", "14-01-2027", "2027-1-4", "2027-01-14T00:00:00Z",
            "14. januar 2027", "14.01.2027 14:00", "i morgen"})
    void refusesDatesThatCouldBeReadTwoWaysOrNotAtAll(String typed) {
        assertThatThrownBy(() -> FormValues.date(typed, "Opfølgningsdatoen"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Opfølgningsdatoen '" + typed + "' er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, fx 14.01.2027.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void nothingTypedIsNoDateAndNoTime(String typed) {
        assertThat(FormValues.date(typed, "Mødedatoen")).isNull();
        assertThat(FormValues.time(typed, "Mødetidspunktet")).isNull();
    }

    @Test
    void takesDatesTheEngineAlreadyHolds() {
        assertThat(FormValues.date(LocalDate.of(2027, 1, 14), "x")).isEqualTo(LocalDate.of(2027, 1, 14));
        // 23:30 UTC on 13 January is already 14 January in Copenhagen
        Date lateEvening = Date.from(ZonedDateTime.parse("2027-01-13T23:30:00Z").toInstant());
        assertThat(FormValues.date(lateEvening, "x")).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @ParameterizedTest
    @CsvSource({"14.00, 14:00", "14:00, 14:00", "9.30, 09:30", "09:30, 09:30", "0.00, 00:00", "23.59, 23:59"})
    void readsTimesWithDotOrColonIn24Hours(String typed, LocalTime expected) {
        assertThat(FormValues.time(typed, "Mødetidspunktet")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:99", "24.00", "14.60", "25.00"})
    void refusesTimesThatAreNotOnTheClock(String typed) {
        assertThatThrownBy(() -> FormValues.time(typed, "Mødetidspunktet"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mødetidspunktet '" + typed + "' er ikke et klokkeslæt på døgnet. "
                        + "Skriv klokkeslættet som tt.mm i 24 timer, fx 14.00.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 pm", "14", "1400", "14:00:00", "14:00Z", "14,00", "kl. 14"})
    void refusesTimesInAnyOtherShape(String typed) {
        assertThatThrownBy(() -> FormValues.time(typed, "Mødetidspunktet"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mødetidspunktet '" + typed + "' er ikke et klokkeslæt. "
                        + "Skriv klokkeslættet som tt.mm i 24 timer, fx 14.00.");
    }
}
