package dk.kk.almenstyring.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The meeting has taken place: the dialogue is held, and the report form is prefilled with every goal of the
 * agreements in force on the meeting day (S2), each to be marked on track or not.
 */
@Component("markStyringsdialogHeld")
public class MarkHeldDelegate implements JavaDelegate {

    private final DialogueRegister register;
    private final HousingRegister housing;
    private final GoalsInForce goals;
    private final RoundCounts counts;

    public MarkHeldDelegate(DialogueRegister register, HousingRegister housing, GoalsInForce goals, RoundCounts counts) {
        this.register = register;
        this.housing = housing;
        this.goals = goals;
        this.counts = counts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Var.DIALOGUE_ID)).longValue();
        register.held(id, EngineClock.now());
        LocalDate day = LocalDate.parse((String) execution.getVariable(Var.MEETING_DATE));
        List<Map<String, Object>> rows = goals.rows(housing.require((String) execution.getVariable(Var.ORGANISATION_CODE)), day);
        execution.setVariable(Var.GOAL_ASSESSMENTS, JsonVariables.json(rows));
        execution.setVariable(Var.NEW_ENKELTAFTALER, JsonVariables.json(List.of()));
        execution.setVariable(Var.GOAL_KEYS, rows.stream().map(r -> r.get("agreementId") + "/" + r.get("goalIndex"))
                .collect(Collectors.joining(",")));
        counts.refresh(((Number) execution.getVariable(Var.YEAR)).intValue());
    }
}
