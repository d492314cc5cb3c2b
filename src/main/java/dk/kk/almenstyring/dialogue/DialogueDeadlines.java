package dk.kk.almenstyring.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The dialogue's deadlines, always on working days at the deadline hour (almen.deadline-time): booking, agenda
 * items, report, and the escalation a number of working days after a missed deadline.
 */
@Component
public class DialogueDeadlines {

    private final WorkingDays workingDays;
    private final DialogueSettings settings;

    public DialogueDeadlines(WorkingDays workingDays, DialogueSettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    public static LocalDate today() {
        return EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate();
    }

    /** The booking deadline: the booking period after the invitation, never after the window's last working day. */
    public Instant bookingDue(int year) {
        LocalDate due = today().plus(settings.bookingWithin());
        LocalDate last = settings.windowEnd(year);
        return at(workingDays.onOrBefore(due.isAfter(last) ? last : due));
    }

    /** Forvaltninger send agenda items until this many working days before the meeting. */
    public Instant agendaDeadline(LocalDate meetingDay) {
        return at(workingDays.minusWorkingDays(meetingDay, settings.agendaWorkingDaysBefore()));
    }

    public Instant reportDue(LocalDate meetingDay) {
        return at(workingDays.onOrBefore(meetingDay.plus(settings.reportWithin())));
    }

    /** A missed deadline is escalated this many working days after it. */
    public Instant escalation(Instant deadline) {
        LocalDate day = deadline.atZone(DanishText.COPENHAGEN).toLocalDate();
        int left = settings.escalateAfterWorkingDays();
        while (left > 0) {
            day = day.plusDays(1);
            if (workingDays.isWorkingDay(day)) {
                left--;
            }
        }
        return at(day);
    }

    /** Midnight after the window's last day: a dialogue not booked by then is not held this year. */
    public Instant windowClosesAt(int year) {
        return settings.windowEnd(year).plusDays(1).atStartOfDay(DanishText.COPENHAGEN).toInstant();
    }

    public String windowText(int year) {
        return DanishText.date(settings.windowStart(year)) + " til " + DanishText.date(settings.windowEnd(year));
    }

    private Instant at(LocalDate day) {
        return ZonedDateTime.of(day, settings.deadlineTime(), DanishText.COPENHAGEN).toInstant();
    }
}
