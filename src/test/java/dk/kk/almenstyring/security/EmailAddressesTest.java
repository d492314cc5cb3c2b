package dk.kk.almenstyring.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"jens.jensen@kk.dk", "sekretariat+styring@tmf.kk.dk", "a_b-c@bl-1.kreds.dk",
            "overborgmester@almen-styring.demo", "O'Neil@example.com"})
    void wellFormedAddressesAreAccepted(String address) {
        assertThat(EmailAddresses.problemWith(address)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noAddressIsAllowed(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jens.jensen", "jens@kk", "jens@@kk.dk", "jens@kk..dk", "jens@kk,dk", "jens jensen@kk.dk",
            " jens@kk.dk", "jens@kk.dk ", ".jens@kk.dk", "jens.@kk.dk", "jens@-kk.dk", "jens@kk.d", "søren@kk.dk",
            "Jens <jens@kk.dk>", "@kk.dk", "jens@", "jens@kk.123"})
    void malformedAddressesAreRefusedWithAReasonInDanish(String address) {
        assertThat(EmailAddresses.problemWith(address)).hasValueSatisfying(
                reason -> assertThat(reason).contains("ugyldig").contains(address));
    }

    @org.junit.jupiter.api.Test
    void anOverlongAddressIsRefused() {
        String address = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(60) + ".dk";

        assertThat(EmailAddresses.problemWith(address)).hasValueSatisfying(
                reason -> assertThat(reason).contains("for lang"));
    }
}
