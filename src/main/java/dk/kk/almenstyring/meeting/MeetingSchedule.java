package dk.kk.almenstyring.meeting;

import java.time.Instant;

/**
 * A meeting's time and every deadline derived from its forum's charter.
 * {@code proposalDeadline} is null when the forum does not call for proposals (or, for an extraordinary
 * meeting, when that deadline has already passed).
 */
public record MeetingSchedule(
        Instant start,
        Instant end,
        Instant proposalDeadline,
        Instant agendaDeadline,
        Instant agendaReminderAt,
        Instant minutesDeadline,
        Instant minutesReminderAt) {

    public boolean callsForProposals() {
        return proposalDeadline != null;
    }
}
