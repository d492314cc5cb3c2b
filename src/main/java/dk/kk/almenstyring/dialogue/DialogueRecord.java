package dk.kk.almenstyring.dialogue;

import java.time.Instant;

/** One organisation's styringsdialog as the register holds it. */
public record DialogueRecord(long id, int year, String organisationCode, String organisationName, DialogueStatus status,
        Instant meetingAt, String meetingLocation, String bookedBy, Instant agendaDeadline, Instant heldAt,
        String reportText, String reportedBy, Instant reportedAt, int bookingReminders, int reportReminders,
        String processInstanceId) {
}
