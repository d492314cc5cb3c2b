package dk.kk.almenstyring.dialogue;

import java.time.Instant;
import java.util.List;

/**
 * Published when the secretariat has written the summary of a year's styringsdialog round (S4): the
 * summary of the reports goes onto the next TKS and SF agendas, which the evaluation listens for.
 *
 * @param year             the round's year
 * @param summary          TMF's summary of the reports (afrapporteringer), as written in Tasklist
 * @param roundInstanceId  the round's process instance (for links back to it)
 * @param closedBy         the user who completed the summary
 * @param closedAt         when the summary was completed (engine clock)
 * @param reports          one line per organisation: code, name, status, whether the report was written
 */
public record StyringsdialogRoundClosed(
        int year,
        String summary,
        String roundInstanceId,
        String closedBy,
        Instant closedAt,
        List<OrganisationReport> reports) {

    public StyringsdialogRoundClosed {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    /** One organisation's outcome in the round. */
    public record OrganisationReport(String organisationCode, String organisationName, boolean held,
                                     boolean reported, int goalsOnTrack, int goalsNotOnTrack) {
    }
}
