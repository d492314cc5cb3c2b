package dk.kk.almenstyring.accession;

import java.time.Instant;

/**
 * Where one housing organisation stands on a hovedaftale (A5). {@code answer} is ACCEDED, DECLINED or
 * {@value #NOT_ANSWERED}.
 */
public record AccessionStatus(String organisationCode, String organisationName, boolean blMember, String answer,
        String reason, String answeredBy, Instant answeredAt, Instant invitedAt, int reminders) {

    public static final String NOT_ANSWERED = "NOT_ANSWERED";

    public boolean answered() {
        return !NOT_ANSWERED.equals(answer);
    }
}
