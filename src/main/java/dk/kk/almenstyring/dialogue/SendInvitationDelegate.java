package dk.kk.almenstyring.dialogue;

import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendStyringsdialogInvitation")
public class SendInvitationDelegate implements JavaDelegate {

    private final HousingRegister housing;
    private final DialogueMails mails;

    public SendInvitationDelegate(HousingRegister housing, DialogueMails mails) {
        this.housing = housing;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.invitation(((Number) execution.getVariable(Var.DIALOGUE_ID)).longValue(),
                ((Number) execution.getVariable(Var.YEAR)).intValue(),
                housing.require((String) execution.getVariable(Var.ORGANISATION_CODE)),
                (String) execution.getVariable(Var.WINDOW_TEXT), (String) execution.getVariable(Var.BOOKING_DUE_TEXT));
    }
}
