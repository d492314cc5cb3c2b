package dk.kk.almenstyring.approval;

import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks BR's and BL's secretariats for their decision, by mail, while their tasks wait in Tasklist. */
@Component("sendApprovalRequests")
public class SendApprovalRequestsDelegate implements JavaDelegate {

    private final ApprovalMails mails;

    public SendApprovalRequestsDelegate(ApprovalMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.requested(execution.getProcessInstanceId(), Var.AGREEMENT_ID.from(execution).get(),
                Var.AGREEMENT_VERSION.from(execution).get(), Var.AGREEMENT_TITLE.from(execution).get(),
                Var.APPROVAL_DUE_TEXT.from(execution).get());
    }
}
