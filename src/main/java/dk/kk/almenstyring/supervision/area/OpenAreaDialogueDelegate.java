package dk.kk.almenstyring.supervision.area;

import java.util.List;

import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The first step of one area's sub-process: names the area's tasks and lists the housing organisations with estates
 * in the area, the stakeholders the meeting is held with. The forms' fields are declared in the area's own scope
 * here, so that what the secretariat types for one area never lands on the whole process and another area's form.
 */
@Component("openAreaDialogue")
public class OpenAreaDialogueDelegate implements JavaDelegate {

    private final AreaDialogueRegister register;
    private final AreaStakeholders stakeholders;

    public OpenAreaDialogueDelegate(AreaDialogueRegister register, AreaStakeholders stakeholders) {
        this.register = register;
        this.stakeholders = stakeholders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String area = (String) execution.getVariable(Var.AREA);
        AreaDialogueRegister.AreaDialogue dialogue = register.of(execution.getProcessInstanceId(), area);
        execution.setVariableLocal(Var.AREA, dialogue.area());
        execution.setVariableLocal(Var.AREA_DIALOGUE_ID, dialogue.id());
        execution.setVariableLocal(Var.TASK_SUBJECT, dialogue.area() + " " + dialogue.year());
        execution.setVariableLocal(Var.ORGANISATIONS_TEXT, stakeholders.text(dialogue.area()));
        // typed, though empty: Tasklist submits a form field with the type of the variable it loaded
        for (String field : List.of(Var.MEETING_DATE, Var.MEETING_TIME, Var.MEETING_LOCATION, Var.INVITATION_NOTE,
                Var.MEETING_TEXT, Var.PARTICIPANTS_TEXT, Var.REPORT)) {
            execution.setVariableLocal(field, Variables.stringValue(null));
        }
        execution.setVariableLocal(Var.FORVALTNINGER, JsonVariables.json(List.of()));
        execution.setVariableLocal(Var.MEETING_ENDS_AT, Variables.dateValue(null));
    }
}
