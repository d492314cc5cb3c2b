package dk.kk.almenstyring.accession;

import dk.kk.almenstyring.accession.AccessionProcess.Var;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendAccessionInvitation")
public class SendAccessionInvitationDelegate implements JavaDelegate {

    private final HousingRegister housing;
    private final AccessionMails mails;

    public SendAccessionInvitationDelegate(HousingRegister housing, AccessionMails mails) {
        this.housing = housing;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.invitation(((Number) execution.getVariable(Var.AGREEMENT_ID)).longValue(),
                (String) execution.getVariable(Var.AGREEMENT_TITLE),
                housing.require((String) execution.getVariable(Var.ORGANISATION_CODE)),
                (String) execution.getVariable(Var.ANSWER_DUE_TEXT));
    }
}
