package dk.kk.almenstyring.meeting;

import dk.kk.almenstyring.common.FormValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.BadUserRequestException;

/** Parses what a person typed for a meeting's date and time (start form, change form or REST). */
final class MeetingRequest {

    private MeetingRequest() {
    }

    static LocalDateTime start(Object date, Object time) {
        return LocalDateTime.of(date(date), time(time));
    }

    static LocalDate date(Object value) {
        LocalDate date = FormValues.date(value, typed -> "Mødedatoen '" + typed + "' er ikke en dato (ÅÅÅÅ-MM-DD).");
        if (date == null) {
            throw new BadUserRequestException("Angiv mødets dato.");
        }
        return date;
    }

    static LocalTime time(Object value) {
        String text = FormValues.text(value);
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
}
