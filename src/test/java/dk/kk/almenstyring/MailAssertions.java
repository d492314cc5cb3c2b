package dk.kk.almenstyring;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/** Reads what a calendar client would read from a received mail. */
public final class MailAssertions {

    private MailAssertions() {
    }

    /** The text/calendar part of the mail, parsed with ical4j; null when there is none. */
    public static Calendar calendarOf(MimeMessage message) throws Exception {
        Part part = find(message);
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new CalendarBuilder().build(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    /** The first event's start as an instant, whether the file writes UTC or a time zone. */
    public static java.time.Instant startOf(Calendar calendar) {
        net.fortuna.ical4j.model.component.VEvent event = calendar.getComponent("VEVENT")
                .map(net.fortuna.ical4j.model.component.VEvent.class::cast).orElseThrow();
        java.time.temporal.Temporal start = event.getStartDate().orElseThrow().getDate();
        if (start instanceof java.time.Instant instant) {
            return instant;
        }
        if (start instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (start instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new AssertionError("DTSTART is not a point in time: " + start);
    }

    /** A property of the first event, e.g. LOCATION or SEQUENCE. */
    public static String eventProperty(Calendar calendar, String name) {
        return calendar.getComponent("VEVENT").orElseThrow().getProperty(name)
                .map(p -> ((net.fortuna.ical4j.model.Property) p).getValue()).orElse(null);
    }

    /** The plain-text body as the reader sees it (decoded). */
    public static String textOf(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = textOf(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Part find(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
