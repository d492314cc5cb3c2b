package dk.kk.almenstyring.approval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.MailTemplate;
import dk.kk.almenstyring.mail.Recipient;
import org.springframework.stereotype.Service;

/**
 * The mails of an approval: a reminder to the body's secretariat before the due date, an escalation to the forums'
 * secretariat when it has passed. Keys name the approval instance, the body, the kind and the recipient, so a
 * retried job sends nothing twice.
 */
@Service
public class ApprovalMails {

    private final MailService mailService;
    private final MemberDirectory directory;

    public ApprovalMails(MailService mailService, MemberDirectory directory) {
        this.mailService = mailService;
        this.directory = directory;
    }

    public void reminder(String approvalInstanceId, ApprovalBody body, String agreementTitle, String deadline) {
        send(directory.inGroups(List.of(body.groupId())), MailTemplate.APPROVAL_REMINDER, approvalInstanceId, body,
                agreementTitle, deadline);
    }

    public void escalation(String approvalInstanceId, ApprovalBody body, String agreementTitle, String deadline) {
        send(directory.inGroups(List.of(AgreementApprovalProcess.ESCALATION_GROUP)), MailTemplate.APPROVAL_ESCALATION,
                approvalInstanceId, body, agreementTitle, deadline);
    }

    private void send(List<Recipient> recipients, MailTemplate template, String approvalInstanceId, ApprovalBody body,
            String agreementTitle, String deadline) {
        for (Recipient recipient : recipients) {
            Map<String, Object> model = new HashMap<>();
            model.put("agreementTitle", agreementTitle);
            model.put("bodyName", body.displayName());
            model.put("deadline", deadline);
            model.put("taskName", "Registrér " + body.name() + "'s godkendelse: " + agreementTitle);
            String key = "approval-" + approvalInstanceId + "/" + body.name() + "/" + template.id() + "/user-" + recipient.userId();
            mailService.send(new MailOrder(key, recipient, template.id(), model, null, null));
        }
    }
}
