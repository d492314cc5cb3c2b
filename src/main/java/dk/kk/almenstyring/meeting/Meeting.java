package dk.kk.almenstyring.meeting;

import java.time.Instant;

/** A meeting as recorded in the application's own tables. */
public record Meeting(
        long id,
        String forumKey,
        Instant startsAt,
        Instant endsAt,
        String location,
        MeetingStatus status,
        String extraordinaryReason,
        String processInstanceId,
        Instant proposalDeadline,
        Instant agendaDeadline,
        Instant minutesDeadline,
        Instant commentWindowEnd,
        Instant agendaSentAt,
        Instant agendaPublishedAt,
        Instant minutesSentAt,
        Instant minutesFinalAt,
        int icsSequence,
        String createdBy,
        Instant createdAt) {

    /** The calendar UID: stable for the life of the meeting so that calendar clients update one entry. */
    public String calendarUid() {
        return "meeting-" + id + "@almen-styring.kk.dk";
    }
}
