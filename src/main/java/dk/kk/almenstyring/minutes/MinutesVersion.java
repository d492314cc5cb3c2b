package dk.kk.almenstyring.minutes;

import java.time.Instant;

public record MinutesVersion(int version, String body, boolean isFinal, String createdBy, Instant createdAt) {
}
