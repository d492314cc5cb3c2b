package dk.kk.almenstyring.meeting;

import java.time.Instant;

/** One item on a meeting's agenda and, after the meeting, its decision (the decisions register). */
public record AgendaItem(long id, long meetingId, int position, String title, String description, String theme,
        String responsible, boolean standing, Long proposalId, String decision, Instant decidedAt, String decidedBy) {
}
