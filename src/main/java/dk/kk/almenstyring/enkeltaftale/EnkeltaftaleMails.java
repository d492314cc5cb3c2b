package dk.kk.almenstyring.enkeltaftale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementMailText;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.MailTemplate;
import dk.kk.almenstyring.mail.Recipient;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * A7: both parties of an enkeltaftale, the forvaltning's group and the organisation's group, hear when it is
 * proposed (with the text and their task) and when it is agreed or declined. Keys name the agreement, the occasion
 * and the recipient, so a retried job sends nothing twice.
 */
@Service
public class EnkeltaftaleMails {

    private final MailService mailService;
    private final MemberDirectory directory;
    private final AgreementRegister register;

    public EnkeltaftaleMails(MailService mailService, MemberDirectory directory, AgreementRegister register) {
        this.mailService = mailService;
        this.directory = directory;
        this.register = register;
    }

    public void proposed(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.AGREEMENT_VERSION.from(execution).get();
        Map<String, Object> model = parties(execution, register.get(id));
        model.putAll(AgreementMailText.of(AgreementMailText.version(register, id, version)));
        model.put("estate", Var.ESTATE_TEXT.from(execution).getOrNull());
        model.put("followUpDate", Var.FOLLOW_UP_DATE_TEXT.from(execution).getOrNull());
        model.put("taskName", "Tilslutning til enkeltaftale: " + register.get(id).title());
        send(execution, MailTemplate.ENKELTAFTALE_PROPOSED, "v" + version, model);
    }

    /** After both answered: agreed (ACTIVE) or declined (REJECTED, with the party and its reason). */
    public void decided(DelegateExecution execution) {
        Agreement agreement = register.get(Var.AGREEMENT_ID.from(execution).get());
        Map<String, Object> model = parties(execution, agreement);
        if (agreement.status() == AgreementStatus.REJECTED) {
            model.put("declinedBy", Var.DECLINED_BY.from(execution).getOrNull());
            model.put("reason", EnkeltaftaleInput.sent(Var.DECLINE_REASON, execution));
            send(execution, MailTemplate.ENKELTAFTALE_DECLINED, "decided", model);
        } else {
            model.put("validTo", EnkeltaftaleInput.dateText(agreement.validTo()));
            model.put("followUpDate", Var.FOLLOW_UP_DATE_TEXT.from(execution).getOrNull());
            send(execution, MailTemplate.ENKELTAFTALE_AGREED, "decided", model);
        }
    }

    private static Map<String, Object> parties(DelegateExecution execution, Agreement agreement) {
        Map<String, Object> model = new HashMap<>();
        model.put("agreementTitle", agreement.title());
        model.put("forvaltning", agreement.forvaltning());
        model.put("organisationName", Var.ORGANISATION_NAME.from(execution).getOrNull());
        return model;
    }

    private void send(DelegateExecution execution, MailTemplate template, String occasion, Map<String, Object> model) {
        List<Recipient> recipients = directory.inGroups(List.of(Var.FORVALTNING_GROUP.from(execution).get(),
                Var.ORGANISATION_GROUP.from(execution).get()));
        for (Recipient recipient : recipients) {
            String key = "agreement-" + Var.AGREEMENT_ID.from(execution).get() + "/enkeltaftale/" + template.id() + "/"
                    + occasion + "/user-" + recipient.userId();
            mailService.send(new MailOrder(key, recipient, template.id(), new HashMap<>(model), null, null));
        }
    }
}
