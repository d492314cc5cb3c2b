package dk.kk.almenstyring.meeting;

import java.time.Instant;

/** A move or cancellation of a meeting, with its reason. */
public record MeetingChange(String kind, Instant oldStartsAt, Instant newStartsAt, String oldLocation,
        String newLocation, String reason, String changedBy, Instant changedAt) {
}
