package dk.kk.almenstyring.dialogue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.MailTemplate;
import dk.kk.almenstyring.mail.Recipient;
import dk.kk.almenstyring.ops.EscalationRecipients;
import org.springframework.stereotype.Service;

/**
 * The styringsdialog's mails. An organisation is written to at its contact address (its group id as user id), as
 * for the accession; the secretariat's people each at their own. Keys name the year, the organisation and the kind
 * (and a reminder's number) and the dialogue, so a retried job sends nothing twice.
 */
@Service
public class DialogueMails {

    static final String BOOK_TASK = "Book styringsdialogmøde";
    static final String REPORT_TASK = "Afrapportér styringsdialogmøde";

    private final MailService mailService;
    private final EscalationRecipients escalation;

    public DialogueMails(MailService mailService, EscalationRecipients escalation) {
        this.mailService = mailService;
        this.escalation = escalation;
    }

    public void invitation(long dialogueId, int year, HousingOrganisation organisation, String window, String bookBy) {
        Map<String, Object> model = model(organisation);
        model.put("year", String.valueOf(year));
        model.put("window", window);
        model.put("bookBy", bookBy);
        model.put("taskName", BOOK_TASK);
        send(key(dialogueId, year, organisation, "invitation"), organisationAddress(organisation), MailTemplate.STYRINGSDIALOG_INVITATION,
                model);
    }

    /** The organisation is reminded of its booking; the secretariat of its report. */
    public void reminder(long dialogueId, int year, HousingOrganisation organisation, boolean aboutReport, String deadline,
            int number) {
        Map<String, Object> model = model(organisation);
        model.put("what", aboutReport ? "afrapporteringen" : "booking af mødet");
        model.put("deadline", deadline);
        model.put("taskName", aboutReport ? REPORT_TASK : BOOK_TASK);
        model.put("reminderNumber", String.valueOf(number));
        List<Recipient> to = aboutReport ? escalation.forGroup(StyringsdialogProcess.SECRETARIAT_GROUP)
                : List.of(organisationAddress(organisation));
        String kind = (aboutReport ? "report" : "booking") + "-reminder-" + number;
        to.forEach(r -> send(key(dialogueId, year, organisation, kind) + "/" + r.userId(), r, MailTemplate.STYRINGSDIALOG_REMINDER,
                model));
    }

    public void escalation(long dialogueId, int year, HousingOrganisation organisation, boolean aboutReport, String deadline) {
        Map<String, Object> model = model(organisation);
        model.put("what", aboutReport ? "afrapporteringen" : "booking af mødet");
        model.put("deadline", deadline);
        model.put("taskName", aboutReport ? REPORT_TASK : BOOK_TASK);
        String kind = (aboutReport ? "report" : "booking") + "-escalation";
        escalation.forGroup(StyringsdialogProcess.SECRETARIAT_GROUP).forEach(r ->
                send(key(dialogueId, year, organisation, kind) + "/" + r.userId(), r, MailTemplate.STYRINGSDIALOG_ESCALATION, model));
    }

    /**
     * The agenda and the participants (S1) to the organisation and everyone in the groups taking part.
     *
     * @param items maps with number, text, forvaltning
     */
    public void agenda(long dialogueId, int year, HousingOrganisation organisation, String meetingText, String location,
            List<String> participants, List<Map<String, Object>> items, List<Recipient> people) {
        Map<String, Object> model = model(organisation);
        model.put("meetingText", meetingText);
        model.put("meetingLocation", location);
        model.put("participants", participants.stream().map(name -> Map.<String, Object>of("name", name)).toList());
        model.put("items", items);
        Map<String, Recipient> to = new LinkedHashMap<>();
        to.put(organisation.groupId(), organisationAddress(organisation));
        people.forEach(p -> to.putIfAbsent(p.userId(), p));
        to.values().forEach(r -> send(key(dialogueId, year, organisation, "agenda") + "/" + r.userId(), r,
                MailTemplate.STYRINGSDIALOG_AGENDA, model));
    }

    private static Map<String, Object> model(HousingOrganisation organisation) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisationName", organisation.name());
        return model;
    }

    private static Recipient organisationAddress(HousingOrganisation organisation) {
        return new Recipient(organisation.groupId(), organisation.name(), organisation.contactEmail());
    }

    private void send(String key, Recipient recipient, MailTemplate template, Map<String, Object> model) {
        mailService.send(new MailOrder(key, recipient, template.id(), new HashMap<>(model), null, null));
    }

    private static String key(long dialogueId, int year, HousingOrganisation organisation, String kind) {
        return "styringsdialog-" + year + "/" + organisation.code() + "/" + dialogueId + "/" + kind;
    }
}
