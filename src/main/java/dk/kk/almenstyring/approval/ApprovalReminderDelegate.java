package dk.kk.almenstyring.approval;

import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before the due date: reminds the deciding body's secretariat (the body is local to its sub-process). */
@Component("sendApprovalReminder")
public class ApprovalReminderDelegate implements JavaDelegate {

    private final ApprovalMails mails;

    public ApprovalReminderDelegate(ApprovalMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.reminder(execution.getProcessInstanceId(), ApprovalBody.of(Var.APPROVAL_BODY.from(execution).get()),
                Var.AGREEMENT_TITLE.from(execution).get(), Var.APPROVAL_DUE_TEXT.from(execution).get());
    }
}
