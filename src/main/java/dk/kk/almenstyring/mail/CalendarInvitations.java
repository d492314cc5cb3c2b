package dk.kk.almenstyring.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545, iTIP RFC 5546) invitations, written with ical4j.
 *
 * <p>Times are written as UTC instants ({@code 20270325T130000Z}): every calendar client shows them in the
 * reader's own zone, and no VTIMEZONE (which ical4j would have to look up) is needed. A move is a new
 * {@link #request} with the same UID and a higher SEQUENCE; a cancellation is {@link #cancel} with the same UID.
 */
@Component
public class CalendarInvitations {

    public static final String REQUEST_CONTENT_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
    public static final String CANCEL_CONTENT_TYPE = "text/calendar; method=CANCEL; charset=UTF-8";
    public static final String REQUEST_FILENAME = "invite.ics";
    public static final String CANCEL_FILENAME = "cancel.ics";

    static final String PRODUCT_ID = "-//Københavns Kommune//almen-styring//DA";

    /** METHOD:REQUEST: a new or updated meeting. */
    public Attachment request(CalendarEvent event) {
        return write(event, ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED, REQUEST_FILENAME,
                REQUEST_CONTENT_TYPE);
    }

    /** METHOD:CANCEL: the meeting is cancelled. */
    public Attachment cancel(CalendarEvent event) {
        return write(event, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED, CANCEL_FILENAME,
                CANCEL_CONTENT_TYPE);
    }

    private static Attachment write(CalendarEvent event, Method method, Status status, String filename,
            String contentType) {
        check(event);
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new DtStamp(seconds(ClockUtil.getCurrentTime().toInstant())));
        vevent.add(new DtStart<>(seconds(event.start())));
        vevent.add(new DtEnd<>(seconds(event.end())));
        vevent.add(new Summary(event.summary()));
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        vevent.add(new Organizer(new ParameterList(List.of(new Cn(event.organizer().name()))),
                mailto(event.organizer())));
        for (Recipient attendee : event.attendees()) {
            vevent.add(new Attendee(new ParameterList(List.of(new Cn(attendee.name()), Role.REQ_PARTICIPANT,
                    PartStat.NEEDS_ACTION, Rsvp.TRUE)), mailto(attendee)));
        }
        vevent.add(status);

        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withDefaults()
                .withProperty(method)
                .withComponent(vevent)
                .getFluentTarget();
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, ics);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("Kalenderinvitationen for " + event.uid() + " er ugyldig: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write iCalendar for " + event.uid(), e);
        }
        return new Attachment(filename, contentType, ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void check(CalendarEvent event) {
        Objects.requireNonNull(event, "event");
        if (event.uid() == null || event.uid().isBlank()) {
            throw new IllegalArgumentException("Kalenderinvitationen mangler UID");
        }
        if (event.start() == null || event.end() == null || !event.end().isAfter(event.start())) {
            throw new IllegalArgumentException("Kalenderinvitationen " + event.uid()
                    + " skal have et sluttidspunkt efter starttidspunktet: " + event.start() + " – " + event.end());
        }
        if (event.summary() == null || event.summary().isBlank()) {
            throw new IllegalArgumentException("Kalenderinvitationen " + event.uid() + " mangler en titel");
        }
        Objects.requireNonNull(event.organizer(), "organizer");
        Objects.requireNonNull(event.attendees(), "attendees");
    }

    /** iCalendar DATE-TIME has whole seconds; a fraction would make ical4j write a non-standard value. */
    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static URI mailto(Recipient recipient) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            throw new IllegalArgumentException("Kalenderinvitationen kan ikke sendes til " + recipient.userId()
                    + ": ingen e-mailadresse");
        }
        try {
            // The three-argument constructor quotes what an address may contain but a URI may not.
            return new URI("mailto", recipient.email().trim(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Ugyldig e-mailadresse for " + recipient.userId() + ": "
                    + recipient.email(), e);
        }
    }

    static boolean isCalendar(Attachment attachment) {
        return attachment.contentType() != null
                && attachment.contentType().toLowerCase(Locale.ROOT).startsWith("text/calendar");
    }
}
