package dk.kk.almenstyring.supervision.area;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.Attachment;
import dk.kk.almenstyring.mail.CalendarEvent;
import dk.kk.almenstyring.mail.CalendarInvitations;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.MailTemplate;
import dk.kk.almenstyring.mail.Recipient;
import dk.kk.almenstyring.supervision.area.AreaDialogueRegister.AreaDialogue;
import dk.kk.almenstyring.supervision.area.AreaDialogueRegister.Participant;
import dk.kk.almenstyring.supervision.area.AreaDialogueRegister.ParticipantKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The invitation to an area's meeting, to each invited organisation's contact address and to every person of each
 * chosen forvaltning, each with the meeting as a calendar entry (invite.ics). One mail per recipient and meeting: its
 * key names both, so a retried job sends nothing twice.
 */
@Service
public class AreaDialogueMails {

    private final MailService mailService;
    private final HousingRegister housing;
    private final AreaStakeholders stakeholders;
    private final MemberDirectory directory;
    private final CalendarInvitations calendar;
    private final Recipient organizer;

    public AreaDialogueMails(MailService mailService, HousingRegister housing, AreaStakeholders stakeholders,
            MemberDirectory directory, CalendarInvitations calendar, @Value("${almen.mail.from}") String from) {
        this.mailService = mailService;
        this.housing = housing;
        this.stakeholders = stakeholders;
        this.directory = directory;
        this.calendar = calendar;
        this.organizer = Recipient.secretariat(from);
    }

    public void invitations(AreaDialogue dialogue, List<Participant> participants, String invitationNote) {
        List<HousingOrganisation> organisations = participants.stream()
                .filter(p -> p.kind() == ParticipantKind.ORGANISATION).map(p -> housing.require(p.code())).toList();
        List<Forvaltning> forvaltninger = participants.stream().filter(p -> p.kind() == ParticipantKind.FORVALTNING)
                .map(p -> Forvaltning.byCode(p.code()).orElseThrow()).toList();

        Map<String, Recipient> recipients = new LinkedHashMap<>();
        organisations.forEach(o -> recipients.putIfAbsent(o.groupId(),
                new Recipient(o.groupId(), o.name(), o.contactEmail())));
        directory.inGroups(forvaltninger.stream().map(Forvaltning::groupId).toList())
                .forEach(r -> recipients.putIfAbsent(r.userId(), r));

        Map<String, Object> model = new HashMap<>();
        model.put("area", dialogue.area());
        model.put("year", String.valueOf(dialogue.year()));
        model.put("meetingText", DanishText.dateTime(dialogue.meetingAt()) + ", " + dialogue.location());
        model.put("organisations", stakeholders.text(dialogue.area()));
        String forvaltningerText = forvaltninger.stream().map(Forvaltning::danishName).collect(Collectors.joining(", "));
        model.put("forvaltninger", forvaltningerText);
        model.put("invitationNote", invitationNote);
        Attachment ics = calendar.request(event(dialogue, forvaltningerText, recipients.values().stream()
                .filter(r -> r.email() != null && !r.email().isBlank()).toList()));
        for (Recipient recipient : recipients.values()) {
            mailService.send(new MailOrder("area-dialogue-" + dialogue.id() + "/invitation/" + recipient.userId(),
                    recipient, MailTemplate.AREA_DIALOGUE_INVITATION.id(), new HashMap<>(model), null, ics));
        }
    }

    /** One calendar entry per area's meeting: its UID names the meeting, so a resent invitation updates the entry. */
    private CalendarEvent event(AreaDialogue dialogue, String forvaltninger, List<Recipient> attendees) {
        return new CalendarEvent(calendarUid(dialogue), 0,
                "Områdebaseret styringsdialog i " + dialogue.area() + " " + dialogue.year(),
                "Dialogmøde mellem kommunen og boligorganisationerne med afdelinger i " + dialogue.area()
                        + ". Fra kommunen: " + forvaltninger + ".",
                dialogue.location(), dialogue.meetingAt(),
                dialogue.meetingAt().plus(RecordAreaMeetingPlanDelegate.MEETING_LENGTH), organizer, attendees);
    }

    static String calendarUid(AreaDialogue dialogue) {
        return "area-dialogue-" + dialogue.id() + "@almen-styring.kk.dk";
    }
}
