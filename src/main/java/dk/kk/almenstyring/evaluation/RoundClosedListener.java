package dk.kk.almenstyring.evaluation;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.dialogue.StyringsdialogRoundClosed;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * S4: when a styringsdialog round closes, TMF's summary of the reports becomes an item of the next TKS and the next
 * SF agenda by itself, once however often the round reports it; a forum without a coming meeting gets it on the
 * first agenda it prepares. S5: the year's evaluation starts with the reports at hand.
 *
 * Runs in the transaction that closes the round: if the round is not closed, nothing is put on an agenda.
 */
@Component
public class RoundClosedListener {

    static final java.util.List<String> DISCUSSED_IN = java.util.List.of("TKS", "SF");

    private final RoundSummaries summaries;
    private final AgendaRequests requests;
    private final YearlyEvaluationStarter evaluations;
    private final boolean startEvaluation;

    public RoundClosedListener(RoundSummaries summaries, AgendaRequests requests, YearlyEvaluationStarter evaluations,
            @Value("${almen.evaluation.start-when-round-closes:true}") boolean startEvaluation) {
        this.summaries = summaries;
        this.requests = requests;
        this.evaluations = evaluations;
        this.startEvaluation = startEvaluation;
    }

    @EventListener
    public void roundClosed(StyringsdialogRoundClosed round) {
        summaries.keep(round);
        String reports = RoundSummaries.reports(round);
        String description = round.summary() + (reports.isEmpty() ? "" : "\n\nAfrapporteringerne:\n" + reports);
        for (String forum : DISCUSSED_IN) {
            requests.requestOnce(origin(round.year(), forum), forum, title(round.year()), EvaluationTexts.cut(description, EvaluationTexts.DESCRIPTION_LIMIT),
                    Forvaltning.TMF.code());
        }
        if (startEvaluation) {
            evaluations.startOnce(round.year());
        }
    }

    static String origin(int year, String forum) {
        return "styringsdialog:" + year + ":" + forum;
    }

    static String title(int year) {
        return "Opsamling på styringsdialogerne " + year;
    }
}
