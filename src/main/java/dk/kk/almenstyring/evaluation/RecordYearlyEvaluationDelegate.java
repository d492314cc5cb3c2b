package dk.kk.almenstyring.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.evaluation.YearlyEvaluationProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the evaluation the secretariat compiled: a conclusion, and for every goal of the hovedaftale a status and
 * a comment. A goal without either is refused in Danish and nothing is recorded: the task stays open.
 */
@Component("recordYearlyEvaluation")
public class RecordYearlyEvaluationDelegate implements JavaDelegate {

    private final YearlyEvaluations evaluations;
    private final EvaluatedGoals evaluatedGoals;
    private final CurrentUser currentUser;

    public RecordYearlyEvaluationDelegate(YearlyEvaluations evaluations, EvaluatedGoals evaluatedGoals,
            CurrentUser currentUser) {
        this.evaluations = evaluations;
        this.evaluatedGoals = evaluatedGoals;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Var.EVALUATION_ID)).longValue();
        YearlyEvaluation evaluation = evaluations.find(id).orElseThrow();
        String conclusion = FormValues.text(execution.getVariable(Var.CONCLUSION));
        if (conclusion == null) {
            throw new BadUserRequestException("Skriv evalueringens samlede vurdering.");
        }
        List<Map<String, Object>> lines = JsonVariables.objects(execution.getVariable(Var.GOALS));
        List<AgreementVersion.Goal> goals = evaluatedGoals.of(evaluation.hovedaftaleId(), evaluation.hovedaftaleVersion());
        List<YearlyEvaluation.Goal> judged = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            int position = i + 1;
            AgreementVersion.Goal goal = goals.get(i);
            Map<String, Object> line = lines.stream()
                    .filter(l -> l.get("position") instanceof Number n && n.intValue() == position)
                    .findFirst().orElse(Map.of());
            String named = "Mål " + position + " (" + goal.goal() + ")";
            GoalStatus status = GoalStatus.of(line.get("status"))
                    .orElseThrow(() -> new BadUserRequestException(named + " mangler en status: opfyldt, på rette vej "
                            + "eller ikke på rette vej."));
            String comment = FormValues.text(line.get("comment"));
            if (comment == null) {
                throw new BadUserRequestException(named + " mangler en kommentar til sin status.");
            }
            judged.add(new YearlyEvaluation.Goal(position, goal.goal(), goal.successCriterion(), status, comment));
        }
        evaluations.record(id, conclusion, judged, currentUser.id(), EngineClock.now());
    }
}
