package dk.kk.almenstyring.evaluation;

import java.util.List;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.evaluation.YearlyEvaluationProcess.Var;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** S5: the evaluation is reported to Borgmesterforum and Partnerskabsforum, on each one's next agenda. */
@Component("putEvaluationOnAgendas")
public class PutEvaluationOnAgendasDelegate implements JavaDelegate {

    static final List<String> REPORTED_TO = List.of("BMF", "PSF");

    private final YearlyEvaluations evaluations;
    private final AgendaRequests requests;
    private final EvaluatedGoals goals;

    public PutEvaluationOnAgendasDelegate(YearlyEvaluations evaluations, AgendaRequests requests, EvaluatedGoals goals) {
        this.evaluations = evaluations;
        this.requests = requests;
        this.goals = goals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        YearlyEvaluation evaluation = evaluations.find(((Number) execution.getVariable(Var.EVALUATION_ID)).longValue())
                .orElseThrow();
        String description = EvaluationTexts.agendaDescription(evaluation,
                goals.title(evaluation.hovedaftaleId(), evaluation.hovedaftaleVersion()));
        for (String forum : REPORTED_TO) {
            requests.requestOnce(origin(evaluation.year(), forum), forum, title(evaluation.year()), description,
                    Forvaltning.SECRETARIAT.code());
        }
    }

    static String origin(int year, String forum) {
        return "evaluering:" + year + ":" + forum;
    }

    static String title(int year) {
        return "Årlig evaluering " + year + " af hovedaftalen og styringsdialogerne";
    }
}
