package dk.kk.almenstyring.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CalendarInvitationsTest {

    static final Instant START = Instant.parse("2027-03-25T13:00:00Z");
    static final Instant END = Instant.parse("2027-03-25T15:00:00Z");
    static final Instant NOW = Instant.parse("2027-02-01T09:30:00Z");

    private final CalendarInvitations invitations = new CalendarInvitations();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static CalendarEvent event(int sequence) {
        return new CalendarEvent("meeting-42@almen-styring.kk.dk", sequence, "Samarbejdsforum",
                "Møde i Samarbejdsforum. Dagsordenen følger senest to uger før mødet.",
                "Teknik- og Miljøforvaltningen, Center for Bydesign, Njalsgade 13", START, END,
                new Recipient("sekretariat", "Sekretariatet, TMF Center for Bydesign", "almen-styring@kk.dk"),
                List.of(new Recipient("soeren", "Søren Ørsted", "soeren@bl.dk"),
                        new Recipient("lise", "Lise Lund", "lise@llo.dk")));
    }

    @Test
    void aRequestParsesBackWithTheMeeting() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOW));

        Attachment attachment = invitations.request(event(2));

        assertThat(attachment.filename()).isEqualTo("invite.ics");
        assertThat(attachment.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        Calendar calendar = parse(attachment);
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, Property.PRODID)).contains("almen-styring");
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, Property.UID)).isEqualTo("meeting-42@almen-styring.kk.dk");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(instant(event.getStartDate())).isEqualTo(START);
        assertThat(instant(event.getEndDate())).isEqualTo(END);
        assertThat(Instant.from(event.getDateStamp().orElseThrow().getDate())).isEqualTo(NOW);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Samarbejdsforum");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Teknik- og Miljøforvaltningen, Center for Bydesign, Njalsgade 13");
        assertThat(value(event, Property.DESCRIPTION)).startsWith("Møde i Samarbejdsforum.");
        Property organizer = event.getRequiredProperty(Property.ORGANIZER);
        assertThat(organizer.getValue()).isEqualTo("mailto:almen-styring@kk.dk");
        assertThat(param(organizer, Parameter.CN)).isEqualTo("Sekretariatet, TMF Center for Bydesign");
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:soeren@bl.dk", "mailto:lise@llo.dk");
        Property first = attendees.get(0);
        assertThat(param(first, Parameter.CN)).isEqualTo("Søren Ørsted");
        assertThat(param(first, Parameter.ROLE)).isEqualTo("REQ-PARTICIPANT");
        assertThat(param(first, Parameter.PARTSTAT)).isEqualTo("NEEDS-ACTION");
        assertThat(param(first, Parameter.RSVP)).isEqualTo("TRUE");
    }

    @Test
    void theTextIsUtcTimesWithCrlfLinesAsRfc5545Says() {
        String ics = new String(invitations.request(event(0)).content(), StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("DTSTART:20270325T130000Z\r\n").contains("DTEND:20270325T150000Z\r\n")
                .contains("METHOD:REQUEST\r\n");
    }

    @Test
    void aCancellationKeepsTheUidAndIsCancelled() throws Exception {
        Attachment attachment = invitations.cancel(event(3));

        assertThat(attachment.filename()).isEqualTo("cancel.ics");
        assertThat(attachment.contentType()).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
        Calendar calendar = parse(attachment);
        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, Property.UID)).isEqualTo("meeting-42@almen-styring.kk.dk");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(event.getProperties(Property.ATTENDEE)).hasSize(2);
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefused() {
        CalendarEvent e = event(0);
        CalendarEvent backwards = new CalendarEvent(e.uid(), 0, e.summary(), e.description(), e.location(),
                END, START, e.organizer(), e.attendees());

        assertThatThrownBy(() -> invitations.request(backwards)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(e.uid());
    }

    static Calendar parse(Attachment attachment) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(attachment.content(), StandardCharsets.UTF_8)));
    }

    static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String value(PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }

    static String param(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    static <T extends Temporal> Instant instant(Optional<? extends DateProperty<T>> date) {
        return Instant.from(date.orElseThrow().getDate());
    }
}
