package dk.kk.almenstyring.meeting;

import java.time.Instant;

/** One line of a forum's decisions register. */
public record DecisionEntry(long meetingId, Instant meetingStart, int itemNumber, String title, String responsible,
        String decision, Instant decidedAt) {
}
