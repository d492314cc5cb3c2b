package dk.kk.almenstyring.agreement;

import java.time.Instant;

public record StatusChange(AgreementStatus from, AgreementStatus to, String note, String changedBy, Instant changedAt) {
}
