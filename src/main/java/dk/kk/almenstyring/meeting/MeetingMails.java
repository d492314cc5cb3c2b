package dk.kk.almenstyring.meeting;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.Attachment;
import dk.kk.almenstyring.mail.CalendarEvent;
import dk.kk.almenstyring.mail.CalendarInvitations;
import dk.kk.almenstyring.mail.MailOrder;
import dk.kk.almenstyring.mail.MailService;
import dk.kk.almenstyring.mail.Recipient;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The mails of a meeting's life: who gets them and what they say. Every mail carries an idempotency key
 * made of its kind, the meeting, what makes it unique and the recipient, so a retried job sends nothing twice.
 */
@Service
public class MeetingMails {

    private final MailService mailService;
    private final CalendarInvitations invitations;
    private final MemberDirectory directory;
    private final ForumCharters charters;
    private final TaskService taskService;
    private final Recipient organizer;

    public MeetingMails(MailService mailService, CalendarInvitations invitations, MemberDirectory directory,
            ForumCharters charters, TaskService taskService, @Value("${almen.mail.from}") String from) {
        this.mailService = mailService;
        this.invitations = invitations;
        this.directory = directory;
        this.charters = charters;
        this.taskService = taskService;
        this.organizer = Recipient.secretariat(from);
    }

    public void invitation(Meeting meeting, String extraordinaryReason) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("agendaDeadline", DanishText.dateTime(meeting.agendaDeadline()));
        if (meeting.proposalDeadline() != null) {
            extra.put("proposalDeadline", DanishText.dateTime(meeting.proposalDeadline()));
        }
        if (extraordinaryReason != null) {
            extra.put("extraordinaryReason", extraordinaryReason);
        }
        List<Recipient> members = members(meeting);
        Attachment ics = invitations.request(event(meeting, members));
        toEach(members, "invitation", meeting, "seq" + meeting.icsSequence(), extra, ics);
    }

    public void moved(Meeting meeting, MeetingChange change) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("oldMeetingDate", DanishText.date(change.oldStartsAt()));
        extra.put("oldMeetingTime", DanishText.time(change.oldStartsAt()));
        extra.put("oldLocation", change.oldLocation());
        extra.put("reason", change.reason());
        if (meeting.proposalDeadline() != null && membersMayPropose(meeting)) {
            extra.put("proposalDeadline", DanishText.dateTime(meeting.proposalDeadline()));
        }
        List<Recipient> members = members(meeting);
        Attachment ics = invitations.request(event(meeting, members));
        toEach(members, "meeting-moved", meeting, "seq" + meeting.icsSequence(), extra, ics);
    }

    public void cancelled(Meeting meeting, MeetingChange change) {
        List<Recipient> members = members(meeting);
        Attachment ics = invitations.cancel(new CalendarEvent(meeting.calendarUid(), meeting.icsSequence() + 1,
                summary(meeting), "Mødet er aflyst: " + change.reason(), meeting.location(), meeting.startsAt(),
                meeting.endsAt(), organizer, members));
        toEach(members, "meeting-cancelled", meeting, "", Map.of("reason", change.reason()), ics);
    }

    public void agenda(Meeting meeting, List<AgendaItem> items, boolean published) {
        List<Map<String, Object>> lines = items.stream().map(item -> {
            Map<String, Object> line = new HashMap<>();
            line.put("number", item.position());
            line.put("title", item.title());
            if (item.description() != null && !item.description().isBlank()) {
                line.put("description", item.description());
            }
            line.put("responsible", item.responsible());
            return line;
        }).toList();
        toEach(members(meeting), "agenda", meeting, "", Map.of("items", lines, "published", published), null);
    }

    /** Before a deadline: to the secretariat, who does the work. */
    public void deadlineReminder(Meeting meeting, String what, Instant deadline, String taskName, String occasion) {
        toEach(directory.inGroups(List.of(charter(meeting).secretariatGroup())), "deadline-reminder", meeting, occasion,
                Map.of("what", what, "deadline", DanishText.dateTime(deadline), "taskName", taskName), null);
    }

    /** After a missed deadline: to the chair(s), who answer for the forum. */
    public void deadlineEscalation(Meeting meeting, String what, Instant deadline, String taskName, String occasion) {
        deadlineEscalation(meeting, directory.users(charter(meeting).chairs()), what, deadline, taskName, occasion);
    }

    /** After a missed deadline: to the given people (the chairs, and the secretariat when a chair is missing). */
    public void deadlineEscalation(Meeting meeting, List<Recipient> recipients, String what, Instant deadline,
            String taskName, String occasion) {
        List<String> chairs = charter(meeting).chairs();
        // a chair is asked to follow up; the secretariat, told because a chair cannot be reached, is told so
        for (boolean asChair : List.of(true, false)) {
            toEach(recipients.stream().filter(r -> chairs.contains(r.userId()) == asChair).toList(), "deadline-escalation",
                    meeting, occasion, Map.of("what", what, "deadline", DanishText.dateTime(deadline), "taskName", taskName,
                            "asChair", asChair), null);
        }
    }

    /** The minutes with the attendance, each decision and each agreement item's outcome; comments go in Tasklist. */
    public void minutes(Meeting meeting, String minutesText, MinutesSummary summary) {
        Map<String, Object> extra = record(summary);
        extra.put("minutesText", minutesText);
        extra.put("commentDeadline", DanishText.dateTime(meeting.commentWindowEnd()));
        toEach(members(meeting), "minutes", meeting, "", extra, null);
    }

    /** The final text with the same record as the minutes: the final minutes stand on their own. */
    public void minutesFinal(Meeting meeting, String minutesText, boolean withComments, MinutesSummary summary) {
        Map<String, Object> extra = record(summary);
        extra.put("minutesText", minutesText);
        extra.put("withComments", withComments);
        extra.put("finalAt", DanishText.dateTime(meeting.minutesFinalAt()));
        toEach(members(meeting), "minutes-final", meeting, "", extra, null);
    }

    private static Map<String, Object> record(MinutesSummary summary) {
        Map<String, Object> model = new HashMap<>();
        model.put("present", summary.present().stream().map(name -> Map.<String, Object>of("name", name)).toList());
        model.put("absent", summary.absent().stream().map(name -> Map.<String, Object>of("name", name)).toList());
        model.put("decisions", summary.decisions().stream().map(d -> {
            Map<String, Object> line = new HashMap<>();
            line.put("number", d.number());
            line.put("title", d.title());
            line.put("decision", d.decision());
            if (d.outcome() != null) {
                line.put("outcome", d.outcome());
            }
            return line;
        }).toList());
        return model;
    }

    /** Whether the members still have the task to propose agenda items (it stays open until the agenda is sent). */
    private boolean membersMayPropose(Meeting meeting) {
        return meeting.processInstanceId() != null && taskService.createTaskQuery()
                .processInstanceId(meeting.processInstanceId())
                .taskDefinitionKey(MeetingCycle.Element.PROPOSE_AGENDA_ITEM).count() > 0;
    }

    public void lateProposal(Meeting meeting, long proposalId, String title, String proposedBy, Instant submittedAt,
            Instant deadline) {
        toEach(directory.inGroups(List.of(charter(meeting).secretariatGroup())), "late-proposal", meeting,
                "p" + proposalId, Map.of("proposalTitle", title, "proposedBy", proposedBy,
                        "submittedAt", DanishText.dateTime(submittedAt), "deadline", DanishText.dateTime(deadline)), null);
    }

    private List<Recipient> members(Meeting meeting) {
        return directory.inGroups(charter(meeting).memberGroups());
    }

    private ForumCharter charter(Meeting meeting) {
        return charters.get(meeting.forumKey());
    }

    private CalendarEvent event(Meeting meeting, List<Recipient> attendees) {
        return new CalendarEvent(meeting.calendarUid(), meeting.icsSequence(), summary(meeting),
                "Møde i " + charter(meeting).name() + ". Dagsordenen udsendes senest "
                        + DanishText.dateTime(meeting.agendaDeadline()) + ".",
                meeting.location(), meeting.startsAt(), meeting.endsAt(), organizer, attendees);
    }

    private String summary(Meeting meeting) {
        return "Møde i " + charter(meeting).name();
    }

    private void toEach(List<Recipient> recipients, String template, Meeting meeting, String occasion,
            Map<String, Object> extra, Attachment attachment) {
        for (Recipient recipient : recipients) {
            Map<String, Object> model = new HashMap<>(extra);
            model.put("forumName", charter(meeting).name());
            model.put("meetingDate", DanishText.date(meeting.startsAt()));
            model.put("meetingTime", DanishText.timeSpan(meeting.startsAt(), meeting.endsAt()));
            model.put("location", meeting.location());
            String key = template + ":" + meeting.id() + ":" + occasion + ":" + recipient.userId();
            mailService.send(new MailOrder(key, recipient, template, model, meeting.id(), attachment));
        }
    }
}
