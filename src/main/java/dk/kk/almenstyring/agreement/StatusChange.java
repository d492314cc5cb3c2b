package dk.kk.almenstyring.agreement;

import java.time.Instant;

/** One entry of an agreement's history: who changed it ({@code timer} names the timer when the engine did). */
public record StatusChange(AgreementStatus from, AgreementStatus to, String note, String changedBy, String timer,
        Instant changedAt) {
}
