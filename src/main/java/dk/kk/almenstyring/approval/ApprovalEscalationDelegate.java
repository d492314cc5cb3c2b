package dk.kk.almenstyring.approval;

import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the due date: tells the forums' secretariat (TMF) that a body's approval is overdue; the task stays open. */
@Component("sendApprovalEscalation")
public class ApprovalEscalationDelegate implements JavaDelegate {

    private final ApprovalMails mails;

    public ApprovalEscalationDelegate(ApprovalMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.escalation(execution.getProcessInstanceId(), ApprovalBody.of(execution.getVariable(Var.APPROVAL_BODY)),
                (String) execution.getVariable(Var.AGREEMENT_TITLE), (String) execution.getVariable(Var.APPROVAL_DUE_TEXT));
    }
}
