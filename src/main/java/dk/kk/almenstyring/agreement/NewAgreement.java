package dk.kk.almenstyring.agreement;

import java.time.LocalDate;

/** What a process knows when it creates an agreement. Fields that do not apply to the level are null. */
public record NewAgreement(AgreementLevel level, String title, Long parentId, Long predecessorId, LocalDate validFrom,
        LocalDate validTo, String leadForvaltning, String forvaltning, Long organisationId, Long estateId,
        LocalDate followUpDate, AgreementContent content) {
}
