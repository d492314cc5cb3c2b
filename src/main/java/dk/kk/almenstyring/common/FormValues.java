package dk.kk.almenstyring.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What a person typed in a Camunda Form (or sent through the API), read the same way everywhere.
 *
 * <p>Dates are typed the Danish way, {@code dd.mm.åååå} or {@code d.m.åååå}; ISO {@code åååå-mm-dd} is accepted too
 * because the product API and data recorded before the forms changed use it. Nothing else is guessed at: a date that
 * does not exist or could be read two ways ({@code 01/02/2027}) is refused with a Danish message that repeats what was
 * typed, so the person corrects it instead of booking the wrong day.
 */
public final class FormValues {

    /** How the forms and the messages tell a person to write a date and a time. */
    public static final String DATE_HINT = "Skriv datoen som dd.mm.åååå, fx 14.01.2027.";
    public static final String TIME_HINT = "Skriv klokkeslættet som tt.mm i 24 timer, fx 14.00.";

    private static final Pattern DANISH_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[.:](\\d{2})");

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
     * The trimmed text of a field that holds text (a text field, a text area, a radio group's value), or null when
     * nothing was typed. The REST API may send any type: a number or a yes/no there is refused, naming the field by
     * the label the person sees, so the step does not fail on the type.
     */
    public static String text(Object value, String label) {
        if (value != null && !(value instanceof String)) {
            throw new BadUserRequestException("Feltet '" + label + "' skal udfyldes med tekst.");
        }
        return text(value);
    }

    /**
     * A date typed as {@code 14.01.2027}, {@code 4.1.2027} or {@code 2027-01-14}, a {@link Date} or a
     * {@link LocalDate}; null when empty. Anything else is refused; {@code what} names the field in the message
     * ("Mødedatoen").
     */
    public static LocalDate date(Object value, String what) {
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
        Matcher danish = DANISH_DATE.matcher(text);
        Matcher iso = ISO_DATE.matcher(text);
        try {
            if (danish.matches()) {
                return LocalDate.of(number(danish, 3), number(danish, 2), number(danish, 1));
            }
            if (iso.matches()) {
                return LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
            }
        } catch (DateTimeException e) {
            throw new BadUserRequestException(what + " '" + text + "' findes ikke i kalenderen. " + DATE_HINT, e);
        }
        throw new BadUserRequestException(what + " '" + text + "' er ikke en gyldig dato. " + DATE_HINT);
    }

    /** A time of day typed as {@code 14.00}, {@code 14:00} or {@code 9.30} (24 hours); null when empty. */
    public static LocalTime time(Object value, String what) {
        if (value instanceof LocalTime time) {
            return time;
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        Matcher time = TIME.matcher(text);
        if (!time.matches()) {
            throw new BadUserRequestException(what + " '" + text + "' er ikke et klokkeslæt. " + TIME_HINT);
        }
        try {
            return LocalTime.of(number(time, 1), number(time, 2));
        } catch (DateTimeException e) {
            throw new BadUserRequestException(what + " '" + text + "' er ikke et klokkeslæt på døgnet. " + TIME_HINT, e);
        }
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
