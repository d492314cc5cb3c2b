package dk.kk.almenstyring.agreement;

import java.time.Instant;
import java.time.LocalDate;

public record Agreement(long id, AgreementLevel level, String title, Long parentId, Long predecessorId,
        AgreementStatus status, int currentVersion, LocalDate validFrom, LocalDate validTo, String leadForvaltning,
        String forvaltning, Long organisationId, Long estateId, LocalDate followUpDate, Instant publishedAt,
        String processInstanceId, String createdBy, Instant createdAt) {
}
