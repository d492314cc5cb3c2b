package dk.kk.almenstyring.accession;

import java.util.HashMap;
import java.util.Map;

import dk.kk.almenstyring.agreement.AgreementMailText;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.MailTemplate;
import dk.kk.almenstyring.mail.Recipient;
import org.springframework.stereotype.Service;

/**
 * The invitation and the reminders to a housing organisation's contact address. The recipient is the organisation
 * (its group id as user id); keys name agreement, organisation and kind, so a retried job sends nothing twice.
 */
@Service
public class AccessionMails {

    private final MailService mailService;
    private final AgreementRegister register;

    public AccessionMails(MailService mailService, AgreementRegister register) {
        this.mailService = mailService;
        this.register = register;
    }

    /** The invitation carries the agreement in force (its current version) and the date by which to answer. */
    public void invitation(long agreementId, String agreementTitle, HousingOrganisation organisation, String answerBy) {
        Map<String, Object> model = model(agreementTitle, organisation);
        model.putAll(AgreementMailText.of(AgreementMailText.version(register, agreementId,
                register.get(agreementId).currentVersion())));
        model.put("blMember", organisation.blMember());
        model.put("answerBy", answerBy);
        send(key(agreementId, organisation, "invitation"), organisation, MailTemplate.ACCESSION_INVITATION, model);
    }

    public void reminder(long agreementId, String agreementTitle, HousingOrganisation organisation, String invitedOn,
            int number) {
        Map<String, Object> model = model(agreementTitle, organisation);
        model.put("invitedOn", invitedOn);
        model.put("reminderNumber", String.valueOf(number));
        send(key(agreementId, organisation, "reminder-" + number), organisation, MailTemplate.ACCESSION_REMINDER, model);
    }

    private Map<String, Object> model(String agreementTitle, HousingOrganisation organisation) {
        Map<String, Object> model = new HashMap<>();
        model.put("agreementTitle", agreementTitle);
        model.put("organisationName", organisation.name());
        return model;
    }

    private void send(String key, HousingOrganisation organisation, MailTemplate template, Map<String, Object> model) {
        Recipient recipient = new Recipient(organisation.groupId(), organisation.name(), organisation.contactEmail());
        mailService.send(new MailOrder(key, recipient, template.id(), model, null, null));
    }

    private static String key(long agreementId, HousingOrganisation organisation, String kind) {
        return "agreement-" + agreementId + "/accession/" + organisation.code() + "/" + kind;
    }
}
