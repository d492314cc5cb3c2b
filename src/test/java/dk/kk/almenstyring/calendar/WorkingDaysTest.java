package dk.kk.almenstyring.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Danish working days as shipped: weekends, jollyday's public holidays and the closing days of forums.yml. */
class WorkingDaysTest {

    final WorkingDays workingDays = ShippedCalendar.workingDays();

    @Test
    void christmasEveNewYearsEveAndConstitutionDayAreClosingDaysWithTheirDanishNames() {
        assertThat(workingDays.dayOff(LocalDate.of(2027, 12, 24))).get()
                .extracting(DayOff::kind, DayOff::name).containsExactly(DayOff.Kind.CLOSING_DAY, "Juleaftensdag");
        assertThat(workingDays.dayOff(LocalDate.of(2027, 12, 31))).get()
                .extracting(DayOff::kind, DayOff::name).containsExactly(DayOff.Kind.CLOSING_DAY, "Nytårsaftensdag");
        assertThat(workingDays.dayOff(LocalDate.of(2026, 6, 5))).get()
                .extracting(DayOff::kind, DayOff::name).containsExactly(DayOff.Kind.CLOSING_DAY, "Grundlovsdag");
    }

    @Test
    void deadlinesMoveBackPastClosingDaysButNotPastTheWorkingDayBefore() {
        // Friday 24 and Friday 31 December 2027: back to Thursday 23 and Thursday 30, which are working days
        assertThat(workingDays.onOrBefore(LocalDate.of(2027, 12, 24))).isEqualTo(LocalDate.of(2027, 12, 23));
        assertThat(workingDays.onOrBefore(LocalDate.of(2027, 12, 23))).isEqualTo(LocalDate.of(2027, 12, 23));
        assertThat(workingDays.onOrBefore(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2027, 12, 30));
        // 2. juledag (Sunday 26 December 2027) and the weekend before it: back to Thursday 23 December
        assertThat(workingDays.onOrBefore(LocalDate.of(2027, 12, 27))).isEqualTo(LocalDate.of(2027, 12, 27));
        assertThat(workingDays.onOrBefore(LocalDate.of(2027, 12, 26))).isEqualTo(LocalDate.of(2027, 12, 23));
        // Grundlovsdag, Friday 5 June 2026: back to Thursday 4 June
        assertThat(workingDays.onOrBefore(LocalDate.of(2026, 6, 5))).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 6, 4))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 6, 8))).isTrue();
    }

    @Test
    void workingDaysAreCountedPastClosingDays() {
        // two working days before Monday 3 January 2028: Thursday 30 December (31 December and 1 January are off)
        assertThat(workingDays.minusWorkingDays(LocalDate.of(2028, 1, 3), 2)).isEqualTo(LocalDate.of(2027, 12, 29));
        assertThat(workingDays.minusWorkingDays(LocalDate.of(2028, 1, 3), 1)).isEqualTo(LocalDate.of(2027, 12, 30));
    }

    @Test
    void publicHolidaysAndWeekendsAreNamedInDanish() {
        assertThat(workingDays.dayOff(LocalDate.of(2027, 3, 26)).orElseThrow().describe())
                .isEqualTo("Langfredag (26. marts 2027) er en helligdag");
        assertThat(workingDays.dayOff(LocalDate.of(2027, 3, 28)).orElseThrow().name()).as("a holiday on a Sunday")
                .isEqualTo("Påskedag");
        assertThat(workingDays.dayOff(LocalDate.of(2027, 5, 6)).orElseThrow().name()).isEqualTo("Kristi himmelfartsdag");
        assertThat(workingDays.dayOff(LocalDate.of(2027, 2, 14)).orElseThrow().describe())
                .isEqualTo("Søndag den 14. februar 2027 er en weekenddag");
        assertThat(workingDays.dayOff(LocalDate.of(2027, 2, 12))).as("an ordinary Friday").isEmpty();
        assertThat(workingDays.dayOff(LocalDate.of(2027, 4, 23))).as("Store bededag is no holiday since 2024").isEmpty();
    }
}
