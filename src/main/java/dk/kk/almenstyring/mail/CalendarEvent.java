package dk.kk.almenstyring.mail;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as a calendar client sees it. {@code uid} stays the same for the life of the meeting and
 * {@code sequence} grows with every change, so a move or a cancellation updates the entry already accepted.
 */
public record CalendarEvent(String uid, int sequence, String summary, String description, String location,
        Instant start, Instant end, Recipient organizer, List<Recipient> attendees) {
}
