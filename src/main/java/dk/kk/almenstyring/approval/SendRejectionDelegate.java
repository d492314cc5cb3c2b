package dk.kk.almenstyring.approval;

import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the negotiating forum's members and the secretariat that BR or BL did not approve, and why. */
@Component("sendAgreementRejection")
public class SendRejectionDelegate implements JavaDelegate {

    private final ApprovalMails mails;

    public SendRejectionDelegate(ApprovalMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.rejected(execution.getProcessInstanceId(), Var.AGREEMENT_ID.from(execution).get(),
                Var.AGREEMENT_VERSION.from(execution).get(), ApprovalBody.of(Var.REJECTED_BY.from(execution).get()),
                Var.REJECTION_REASON.from(execution).getOrNull());
    }
}
