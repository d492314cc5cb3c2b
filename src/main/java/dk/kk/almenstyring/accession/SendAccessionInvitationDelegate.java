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
        mails.invitation(Var.AGREEMENT_ID.from(execution).get(), Var.AGREEMENT_TITLE.from(execution).getOrNull(),
                housing.require(Var.ORGANISATION_CODE.from(execution).get()), Var.ANSWER_DUE_TEXT.from(execution).get());
    }
}
