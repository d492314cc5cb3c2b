package dk.kk.almenstyring.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import dk.kk.almenstyring.common.DanishText;
import org.camunda.bpm.engine.BadUserRequestException;

/** Parses what a person typed for a meeting's date and time (start form, change form or REST). */
final class MeetingRequest {

    private MeetingRequest() {
    }

    static LocalDateTime start(Object date, Object time) {
        return LocalDateTime.of(date(date), time(time));
    }

    static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(DanishText.COPENHAGEN).toLocalDate();
        }
        String text = text(value);
        if (text == null) {
            throw new BadUserRequestException("Angiv mødets dato.");
        }
        try {
            // a date picker may send a full timestamp; the date part is what the person chose
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException("Mødedatoen '" + text + "' er ikke en dato (ÅÅÅÅ-MM-DD).");
        }
    }

    static LocalTime time(Object value) {
        String text = text(value);
        if (text == null) {
            throw new BadUserRequestException("Angiv mødets starttidspunkt.");
        }
        try {
            // "14:00", "14:00:00" or "14:00Z" from a time picker: the local time is what counts
            String hhmm = text.length() >= 5 ? text.substring(0, 5) : text;
            return LocalTime.parse(hhmm);
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException("Mødetidspunktet '" + text + "' er ikke et klokkeslæt (TT:MM).");
        }
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }
}
