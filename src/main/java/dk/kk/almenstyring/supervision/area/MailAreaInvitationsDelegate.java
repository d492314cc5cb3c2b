package dk.kk.almenstyring.supervision.area;

import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the invitations to the area's meeting as it was recorded (its own job, retried without sending twice). */
@Component("mailAreaInvitations")
public class MailAreaInvitationsDelegate implements JavaDelegate {

    private final AreaDialogueRegister register;
    private final AreaDialogueMails mails;

    public MailAreaInvitationsDelegate(AreaDialogueRegister register, AreaDialogueMails mails) {
        this.register = register;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Var.AREA_DIALOGUE_ID)).longValue();
        mails.invitations(register.get(id), register.participants(id),
                FormValues.text(execution.getVariable(Var.INVITATION_NOTE)));
    }
}
