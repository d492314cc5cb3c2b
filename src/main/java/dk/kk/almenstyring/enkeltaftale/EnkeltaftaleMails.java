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
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        int version = (Integer) execution.getVariable(Var.AGREEMENT_VERSION);
        Map<String, Object> model = parties(execution, register.get(id));
        model.putAll(AgreementMailText.of(AgreementMailText.version(register, id, version)));
        model.put("estate", execution.getVariable(Var.ESTATE_TEXT));
        model.put("followUpDate", execution.getVariable(Var.FOLLOW_UP_DATE_TEXT));
        model.put("taskName", "Tilslutning til enkeltaftale: " + register.get(id).title());
        send(execution, MailTemplate.ENKELTAFTALE_PROPOSED, "v" + version, model);
    }

    /** After both answered: agreed (ACTIVE) or declined (REJECTED, with the party and its reason). */
    public void decided(DelegateExecution execution) {
        Agreement agreement = register.get((Long) execution.getVariable(Var.AGREEMENT_ID));
        Map<String, Object> model = parties(execution, agreement);
        if (agreement.status() == AgreementStatus.REJECTED) {
            model.put("declinedBy", execution.getVariable(Var.DECLINED_BY));
            model.put("reason", execution.getVariable(Var.DECLINE_REASON));
            send(execution, MailTemplate.ENKELTAFTALE_DECLINED, "decided", model);
        } else {
            model.put("validTo", EnkeltaftaleInput.dateText(agreement.validTo()));
            model.put("followUpDate", execution.getVariable(Var.FOLLOW_UP_DATE_TEXT));
            send(execution, MailTemplate.ENKELTAFTALE_AGREED, "decided", model);
        }
    }

    private static Map<String, Object> parties(DelegateExecution execution, Agreement agreement) {
        Map<String, Object> model = new HashMap<>();
        model.put("agreementTitle", agreement.title());
        model.put("forvaltning", agreement.forvaltning());
        model.put("organisationName", execution.getVariable(Var.ORGANISATION_NAME));
        return model;
    }

    private void send(DelegateExecution execution, MailTemplate template, String occasion, Map<String, Object> model) {
        List<Recipient> recipients = directory.inGroups(List.of((String) execution.getVariable(Var.FORVALTNING_GROUP),
                (String) execution.getVariable(Var.ORGANISATION_GROUP)));
        for (Recipient recipient : recipients) {
            String key = "agreement-" + execution.getVariable(Var.AGREEMENT_ID) + "/enkeltaftale/" + template.id() + "/"
                    + occasion + "/user-" + recipient.userId();
            mailService.send(new MailOrder(key, recipient, template.id(), new HashMap<>(model), null, null));
        }
    }
}
