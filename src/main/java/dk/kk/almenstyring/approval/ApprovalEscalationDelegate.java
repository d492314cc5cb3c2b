package dk.kk.almenstyring.approval;

import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import dk.kk.almenstyring.ops.EscalationRecipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * At the due date: tells the forums' secretariat (TMF) that a body's approval is overdue; the task stays open. A
 * secretariat without anyone to tell fails the step (an incident in Cockpit) instead of escalating to nobody.
 */
@Component("sendApprovalEscalation")
public class ApprovalEscalationDelegate implements JavaDelegate {

    private final ApprovalMails mails;
    private final EscalationRecipients escalationRecipients;

    public ApprovalEscalationDelegate(ApprovalMails mails, EscalationRecipients escalationRecipients) {
        this.mails = mails;
        this.escalationRecipients = escalationRecipients;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalationRecipients.forGroup(AgreementApprovalProcess.ESCALATION_GROUP);
        mails.escalation(execution.getProcessInstanceId(), ApprovalBody.of(Var.APPROVAL_BODY.from(execution).get()),
                Var.AGREEMENT_TITLE.from(execution).get(), Var.APPROVAL_DUE_TEXT.from(execution).get());
    }
}
