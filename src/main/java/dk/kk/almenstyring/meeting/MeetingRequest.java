package dk.kk.almenstyring.meeting;

import dk.kk.almenstyring.common.FormValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.camunda.bpm.engine.BadUserRequestException;

/** Parses what a person typed for a meeting's date and time (start form, change form or REST). */
final class MeetingRequest {

    private MeetingRequest() {
    }

    static LocalDateTime start(Object date, Object time) {
        return LocalDateTime.of(date(date), time(time));
    }

    static LocalDate date(Object value) {
        LocalDate date = FormValues.date(value, "Mødedatoen");
        if (date == null) {
            throw new BadUserRequestException("Angiv mødets dato.");
        }
        return date;
    }

    static LocalTime time(Object value) {
        LocalTime time = FormValues.time(value, "Mødetidspunktet");
        if (time == null) {
            throw new BadUserRequestException("Angiv mødets starttidspunkt.");
        }
        return time;
    }
}
