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
        mails.rejected(execution.getProcessInstanceId(), ((Number) execution.getVariable(Var.AGREEMENT_ID)).longValue(),
                ((Number) execution.getVariable(Var.AGREEMENT_VERSION)).intValue(),
                ApprovalBody.of(execution.getVariable(Var.REJECTED_BY)), (String) execution.getVariable(Var.REJECTION_REASON));
    }
}
