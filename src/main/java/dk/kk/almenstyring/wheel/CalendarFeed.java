package dk.kk.almenstyring.wheel;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MeetingStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * The årshjul as a subscribable calendar (iCalendar, METHOD:PUBLISH): every planned meeting of every approved plan,
 * under a UID that stays the same for the life of the plan, and every meeting called by hand under its invitation's
 * UID. A planned meeting that has been called shows the meeting's current time, place and status (read from the
 * meeting table), so a move or a cancellation reaches the subscribers at their next refresh, with SEQUENCE bumped:
 * the meeting's own sequence (one per move) and one more when it is cancelled, as in the cancelling invitation.
 */
@Component
public class CalendarFeed {

    static final String PRODUCT_ID = "-//Københavns Kommune//almen-styring årshjul//DA";

    private final AnnualPlanRepository plans;
    private final MeetingRepository meetings;
    private final ForumCharters charters;

    public CalendarFeed(AnnualPlanRepository plans, MeetingRepository meetings, ForumCharters charters) {
        this.plans = plans;
        this.meetings = meetings;
        this.charters = charters;
    }

    /** One entry of the feed. */
    record Entry(String uid, int sequence, ForumCharter forum, Instant start, Instant end, String location,
            boolean cancelled, String description) {
    }

    /**
     * The entries of these forums; {@code visible} says which of a forum's meetings the reader may see (the meeting
     * is null for a planned meeting not yet called).
     */
    List<Entry> entries(List<ForumCharter> forums, BiPredicate<ForumCharter, Meeting> visible) {
        List<Entry> entries = new ArrayList<>();
        for (ForumCharter forum : forums) {
            Set<Long> planned = new HashSet<>();
            for (PlanRow row : plans.rows(forum.key())) {
                Meeting meeting = row.meetingId() == null ? null : meetings.get(row.meetingId());
                if (meeting != null) {
                    planned.add(meeting.id());
                }
                if (!visible.test(forum, meeting)) {
                    continue;
                }
                String description = "Møde i " + forum.name() + " efter årshjulet for " + row.planYear() + ".";
                entries.add(meeting == null
                        ? new Entry(row.calendarUid(), 0, forum, row.startsAt(), row.endsAt(), row.location(), false, description)
                        : fromMeeting(row.calendarUid(), forum, meeting, description));
            }
            for (Meeting meeting : meetings.byForum(forum.key())) {
                if (!planned.contains(meeting.id()) && visible.test(forum, meeting)) {
                    entries.add(fromMeeting(meeting.calendarUid(), forum, meeting, "Møde i " + forum.name() + "."));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::start).thenComparing(Entry::uid));
        return entries;
    }

    private static Entry fromMeeting(String uid, ForumCharter forum, Meeting meeting, String description) {
        boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
        return new Entry(uid, meeting.icsSequence() + (cancelled ? 1 : 0), forum, meeting.startsAt(), meeting.endsAt(),
                meeting.location(), cancelled, description);
    }

    /** The feed as iCalendar text. */
    public String ics(String calendarName, List<ForumCharter> forums, BiPredicate<ForumCharter, Meeting> visible) {
        Calendar calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults().withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", calendarName))
                .withProperty(new XProperty("X-WR-TIMEZONE", "Europe/Copenhagen"))
                .getFluentTarget();
        Instant stamp = EngineClock.now().truncatedTo(ChronoUnit.SECONDS);
        for (Entry e : entries(forums, visible)) {
            VEvent event = new VEvent(false);
            event.add(new Uid(e.uid()));
            event.add(new Sequence(e.sequence()));
            event.add(new DtStamp(stamp));
            event.add(new DtStart<>(e.start().truncatedTo(ChronoUnit.SECONDS)));
            event.add(new DtEnd<>(e.end().truncatedTo(ChronoUnit.SECONDS)));
            event.add(new Summary((e.cancelled() ? "Aflyst: " : "") + e.forum().name()));
            event.add(new Description(e.description()));
            if (e.location() != null && !e.location().isBlank()) {
                event.add(new Location(e.location()));
            }
            event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            // not validated: an empty calendar (no plan yet) is a valid subscription, but ical4j's validator refuses it
            new CalendarOutputter(false).output(calendar, out);
        } catch (ValidationException | IOException e) {
            throw new IllegalStateException("cannot write the calendar feed " + calendarName, e);
        }
        return out.toString();
    }
}
