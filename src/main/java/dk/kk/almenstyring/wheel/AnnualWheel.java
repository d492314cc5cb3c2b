package dk.kk.almenstyring.wheel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import org.springframework.stereotype.Component;

/**
 * The wheel of {@code aarshjul.yml}, checked against the charters at start-up (a forum's number of meetings within
 * its meetings-per-year), and the plan it proposes for a year: every slot turned into a meeting day, in the forum's
 * usual time and place. Forums are planned in the order of forums.yml; a forum that shares a member group with one
 * planned before it never meets on the same day (tks sits in TKS and, through TKS, in SF): the later one moves to
 * the next meeting day (an ultimo meeting to the one before, so it stays in its month).
 */
@Component("annualWheel")
public class AnnualWheel {

    private final ForumCharters charters;
    private final WorkingDays workingDays;
    private final MonthDay proposeOn;
    private final LocalTime proposeAt;
    private final Period callMargin;
    private final Map<String, ForumLine> lines = new LinkedHashMap<>();

    private record ForumLine(ForumCharter charter, LocalTime usualTime, List<WheelSlot> slots) {
    }

    public AnnualWheel(WheelSettings settings, ForumCharters charters, WorkingDays workingDays) {
        this.charters = charters;
        this.workingDays = workingDays;
        this.proposeOn = parse(settings.proposeOn(), "propose-on", MonthDay::parse, "\"--10-01\"");
        this.proposeAt = parse(settings.proposeAt(), "propose-at", LocalTime::parse, "\"08:00\"");
        this.callMargin = settings.callMargin() == null ? Period.ZERO : settings.callMargin();
        Map<String, WheelSettings.ForumWheel> forums = settings.forums() == null ? Map.of() : settings.forums();
        for (ForumCharter charter : charters.all()) {
            WheelSettings.ForumWheel wheel = forums.get(charter.key());
            if (wheel != null) {
                lines.put(charter.key(), line(charter, wheel));
            }
        }
        forums.keySet().stream().filter(key -> !lines.containsKey(key)).findFirst().ifPresent(key -> {
            throw new IllegalStateException("almen.wheel.forums." + key + ": no such forum in forums.yml");
        });
    }

    private static ForumLine line(ForumCharter charter, WheelSettings.ForumWheel wheel) {
        LocalTime time = parse(wheel.usualTime(), "forums." + charter.key() + ".usual-time", LocalTime::parse, "\"14:00\"");
        List<WheelSlot> slots = (wheel.meetings() == null ? List.<String>of() : wheel.meetings()).stream()
                .map(WheelSlot::parse).toList();
        ForumCharter.MeetingsPerYear range = charter.meetingsPerYear();
        if (range != null && (slots.size() < range.min() || slots.size() > range.max())) {
            throw new IllegalStateException("almen.wheel.forums." + charter.key() + ": " + slots.size()
                    + " meetings a year, but the charter says " + range.min() + "–" + range.max()
                    + " (meetings-per-year in forums.yml)");
        }
        return new ForumLine(charter, time, slots);
    }

    private static <T> T parse(String text, String what, java.util.function.Function<String, T> parser, String example) {
        try {
            return parser.apply(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("almen.wheel." + what + ": '" + text + "' is not valid, e.g. " + example, e);
        }
    }

    /** The wheel's proposal for {@code year}: each forum's meetings on concrete meeting days. */
    public List<PlannedMeeting> propose(int year) {
        List<PlannedMeeting> plan = new ArrayList<>();
        for (ForumLine line : lines.values()) {
            for (WheelSlot slot : line.slots()) {
                LocalDate day = slot.day(year, this::isMeetingDay);
                while (clashes(plan, line.charter(), day)) {
                    day = nextMeetingDay(day, slot.movesEarlier());
                }
                plan.add(new PlannedMeeting(line.charter().key(), day, line.usualTime(), line.charter().defaultLocation()));
            }
        }
        plan.sort(java.util.Comparator.comparing(PlannedMeeting::date).thenComparing(PlannedMeeting::time));
        return plan;
    }

    /** A meeting day: Tuesday, Wednesday or Thursday, and a working day (no holiday, no closing day). */
    boolean isMeetingDay(LocalDate day) {
        return WheelSlot.isMidWeek(day) && workingDays.isWorkingDay(day);
    }

    private LocalDate nextMeetingDay(LocalDate day, boolean earlier) {
        LocalDate d = day;
        do {
            d = earlier ? d.minusDays(1) : d.plusDays(1);
        } while (!isMeetingDay(d));
        return d;
    }

    private boolean clashes(List<PlannedMeeting> plan, ForumCharter charter, LocalDate day) {
        return plan.stream().anyMatch(m -> m.date().equals(day)
                && PlanRules.sharedGroups(charters.get(m.forumKey()), charter).size() > 0);
    }

    /**
     * Camunda's cron for the yearly timer start (seconds minutes hours day-of-month month day-of-week). The engine
     * reads cron in the server's time zone, so the Copenhagen time of the wheel is given in that zone.
     */
    public String getCron() {
        java.time.ZonedDateTime at = proposeOn.atYear(java.time.Year.now().getValue()).atTime(proposeAt)
                .atZone(dk.kk.almenstyring.common.DanishText.COPENHAGEN).withZoneSameInstant(java.time.ZoneId.systemDefault());
        return "0 " + at.getMinute() + " " + at.getHour() + " " + at.getDayOfMonth() + " " + at.getMonthValue() + " ?";
    }

    public LocalTime proposeAt() {
        return proposeAt;
    }

    /** How long before its notice period a planned meeting is called. */
    public Period callMargin() {
        return callMargin;
    }
}
