package dk.kk.almenstyring.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times the way Danish readers expect them, in Copenhagen time. */
public final class DanishText {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DANISH);

    private DanishText() {
    }

    /** "torsdag den 25. marts 2027". */
    public static String date(Instant instant) {
        return DATE.format(instant.atZone(COPENHAGEN));
    }

    /** "torsdag den 25. marts 2027", for a date without a time. */
    public static String date(java.time.LocalDate day) {
        return DATE.format(day);
    }

    /** "14:00". */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(COPENHAGEN));
    }

    /** "14:00–16:00". */
    public static String timeSpan(Instant start, Instant end) {
        return time(start) + "–" + time(end);
    }

    /** "4 måneder", "2 uger", "10 dage": a charter period as people say it. */
    public static String period(java.time.Period period) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (period.getYears() > 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " år" : " år"));
        }
        if (period.getMonths() > 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " måned" : " måneder"));
        }
        int days = period.getDays();
        if (days > 0 && days % 7 == 0) {
            parts.add(days / 7 + (days == 7 ? " uge" : " uger"));
        } else if (days > 0) {
            parts.add(days + (days == 1 ? " dag" : " dage"));
        }
        return parts.isEmpty() ? "0 dage" : String.join(" og ", parts);
    }

    /** "torsdag den 11. marts 2027 kl. 16:00". */
    public static String dateTime(Instant instant) {
        return date(instant) + " kl. " + time(instant);
    }
}
