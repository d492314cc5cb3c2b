package dk.kk.almenstyring.dialogue;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A forvaltning's answer to the call for agenda items (S1), recorded as its task completes: whether it takes part
 * and which items it brings. The answer lives in the forvaltning's own task scope, so seven answers never overwrite
 * one another; a missing answer is refused at the form.
 */
@Component("recordStyringsdialogContribution")
public class RecordContributionListener implements TaskListener {

    static final String YES = "JA";
    static final String NO = "NEJ";

    private final DialogueRegister register;
    private final CurrentUser currentUser;

    public RecordContributionListener(DialogueRegister register, CurrentUser currentUser) {
        this.register = register;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String answer = FormValues.text(task.getVariable(Var.TAKES_PART));
        if (!YES.equals(answer) && !NO.equals(answer)) {
            throw new BadUserRequestException("Angiv, om forvaltningen deltager i mødet.");
        }
        String items = FormValues.text(task.getVariable(Var.AGENDA_ITEMS));
        if (items != null && items.length() > 4000) {
            throw new BadUserRequestException("Punkterne til dagsordenen er for lange (højst 4000 tegn).");
        }
        String group = (String) task.getVariable(Var.FORVALTNING_GROUP);
        long dialogueId = ((Number) task.getVariable(Var.DIALOGUE_ID)).longValue();
        register.contribute(dialogueId, Forvaltning.codeOfGroup(group), YES.equals(answer), items,
                currentUser.id(), EngineClock.now());
    }
}
