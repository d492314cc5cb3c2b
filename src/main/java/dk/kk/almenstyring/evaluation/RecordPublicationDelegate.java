package dk.kk.almenstyring.evaluation;

import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.evaluation.YearlyEvaluationProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * S5: the evaluation is published on the city's website. Records what is published and from when; the public page
 * that shows it is a later issue and reads it from here.
 */
@Component("recordEvaluationPublication")
public class RecordPublicationDelegate implements JavaDelegate {

    private final YearlyEvaluations evaluations;
    private final EvaluatedGoals goals;

    public RecordPublicationDelegate(YearlyEvaluations evaluations, EvaluatedGoals goals) {
        this.evaluations = evaluations;
        this.goals = goals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Var.EVALUATION_ID)).longValue();
        YearlyEvaluation evaluation = evaluations.find(id).orElseThrow();
        String text = EvaluationTexts.publication(evaluation,
                goals.title(evaluation.hovedaftaleId(), evaluation.hovedaftaleVersion()), evaluations.reports(id));
        evaluations.publish(id, text, EngineClock.now());
    }
}
