package dk.kk.almenstyring.agreement;

import java.time.Instant;
import java.time.LocalDate;

/** Who approved (or rejected) which version, on what date, under which case reference (A2). */
public record AgreementApproval(int version, String body, String decision, LocalDate decidedOn, String caseReference,
        String reason, String registeredBy, Instant registeredAt) {
}
