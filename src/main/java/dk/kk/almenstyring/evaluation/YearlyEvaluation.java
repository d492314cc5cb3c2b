package dk.kk.almenstyring.evaluation;

import java.time.Instant;
import java.util.List;

import dk.kk.almenstyring.common.DanishText;

/** A recorded yearly evaluation (S5) with the status of each goal of the hovedaftale evaluated. */
public record YearlyEvaluation(long id, int year, Long hovedaftaleId, Integer hovedaftaleVersion, String conclusion,
        String publicationText, Instant publishedAt, String recordedBy, Instant recordedAt, List<Goal> goals) {

    public record Goal(int position, String goal, String successCriterion, GoalStatus status, String comment) {
    }

    /** One paragraph for an agenda item that builds on the evaluation, e.g. the hovedaftale's yearly status (A4). */
    public String agendaReference() {
        return "Årlig evaluering " + year + " (offentliggjort " + DanishText.date(publishedAt) + "): " + conclusion;
    }
}
