package dk.kk.almenstyring.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementMailText;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.MailTemplate;
import dk.kk.almenstyring.mail.Recipient;
import org.springframework.stereotype.Service;

/**
 * The mails of an approval: the request to both bodies' secretariats, a reminder before the due date, an escalation
 * to the forums' secretariat when it has passed, and the news of a rejection to those who negotiate again. Keys name the approval instance, the body, the kind and the recipient, so a
 * retried job sends nothing twice.
 */
@Service
public class ApprovalMails {

    private final MailService mailService;
    private final MemberDirectory directory;
    private final AgreementRegister register;
    private final ForumCharters charters;

    public ApprovalMails(MailService mailService, MemberDirectory directory, AgreementRegister register,
            ForumCharters charters) {
        this.mailService = mailService;
        this.directory = directory;
        this.register = register;
        this.charters = charters;
    }

    /**
     * A2: each body's secretariat is asked for its decision, with the agreement as it stands (text, goals with
     * success criteria, documents), the deadline and the task to register it in.
     */
    public void requested(String approvalInstanceId, long agreementId, int version, String agreementTitle, String deadline) {
        Map<String, Object> text = AgreementMailText.of(AgreementMailText.version(register, agreementId, version));
        for (ApprovalBody body : ApprovalBody.values()) {
            for (Recipient recipient : directory.inGroups(List.of(body.groupId()))) {
                Map<String, Object> model = new HashMap<>(text);
                model.put("agreementTitle", agreementTitle);
                model.put("bodyName", body.displayName());
                model.put("deadline", deadline);
                model.put("taskName", taskName(body, agreementTitle));
                String key = "approval-" + approvalInstanceId + "/" + body.name() + "/"
                        + MailTemplate.APPROVAL_REQUESTED.id() + "/user-" + recipient.userId();
                mailService.send(new MailOrder(key, recipient, MailTemplate.APPROVAL_REQUESTED.id(), model, null, null));
            }
        }
    }

    /**
     * A2: a body did not approve: the members of the forum that negotiates the agreement (Partnerskabsforum for a
     * hovedaftale, Samarbejdsforum for a delaftale) and the secretariat are told why.
     */
    public void rejected(String approvalInstanceId, long agreementId, int version, ApprovalBody body, String reason) {
        Agreement agreement = register.get(agreementId);
        ForumCharter forum = charters.get(agreement.level() == AgreementLevel.HOVEDAFTALE ? "PSF" : "SF");
        List<String> groups = new ArrayList<>(forum.memberGroups());
        groups.add(AgreementApprovalProcess.ESCALATION_GROUP);
        for (Recipient recipient : directory.inGroups(groups)) {
            Map<String, Object> model = new HashMap<>();
            model.put("agreementTitle", agreement.title());
            model.put("version", String.valueOf(version));
            model.put("bodyName", body.displayName());
            model.put("reason", reason);
            model.put("negotiatingForum", forum.name());
            model.put("inForce", agreement.status() == AgreementStatus.ACTIVE);
            String key = "approval-" + approvalInstanceId + "/" + body.name() + "/"
                    + MailTemplate.AGREEMENT_REJECTED.id() + "/user-" + recipient.userId();
            mailService.send(new MailOrder(key, recipient, MailTemplate.AGREEMENT_REJECTED.id(), model, null, null));
        }
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
            model.put("taskName", taskName(body, agreementTitle));
            String key = "approval-" + approvalInstanceId + "/" + body.name() + "/" + template.id() + "/user-" + recipient.userId();
            mailService.send(new MailOrder(key, recipient, template.id(), model, null, null));
        }
    }

    /** The name of the body's task in Tasklist (Task_ApproveBR / Task_ApproveBL). */
    private static String taskName(ApprovalBody body, String agreementTitle) {
        return "Registrér " + body.name() + "'s godkendelse: " + agreementTitle;
    }
}
