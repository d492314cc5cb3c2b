package dk.kk.almenstyring.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Function;

import org.camunda.bpm.engine.BadUserRequestException;

/** What a person typed in a Camunda Form (or sent through the API), read the same way everywhere. */
public final class FormValues {

    private FormValues() {
    }

    /** The trimmed text, or null when nothing was typed. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    /**
     * A date: "2027-03-01" from a date field (a picker may send a full timestamp; the date part is what the person
     * chose), a {@link Date} or a {@link LocalDate}; null when empty. Anything else is refused with
     * {@code invalid.apply(what was typed)}.
     */
    public static LocalDate date(Object value, Function<String, String> invalid) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(DanishText.COPENHAGEN).toLocalDate();
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException(invalid.apply(text), e);
        }
    }
}
