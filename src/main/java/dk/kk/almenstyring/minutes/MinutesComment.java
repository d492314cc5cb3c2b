package dk.kk.almenstyring.minutes;

import java.time.Instant;

/** A member's comment (bemærkning) on the minutes. */
public record MinutesComment(String author, String body, Instant submittedAt) {
}
