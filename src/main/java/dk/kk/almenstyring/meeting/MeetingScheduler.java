package dk.kk.almenstyring.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.common.DanishText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a charter and a meeting time into deadlines. A deadline is a date at the configured hour; one that
 * falls on a weekend or a Danish public holiday moves to the working day before.
 */
@Component
public class MeetingScheduler {

    private final WorkingDays workingDays;
    private final LocalTime deadlineTime;
    private final int reminderWorkingDaysBefore;

    public MeetingScheduler(WorkingDays workingDays,
            @Value("${almen.deadline-time:16:00}") LocalTime deadlineTime,
            @Value("${almen.reminder-working-days-before:2}") int reminderWorkingDaysBefore) {
        this.workingDays = workingDays;
        this.deadlineTime = deadlineTime;
        this.reminderWorkingDaysBefore = reminderWorkingDaysBefore;
    }

    /**
     * The schedule of a meeting registered at {@code now}. For an extraordinary meeting inside the notice
     * period some deadlines have passed already: the call for proposals is skipped and the agenda falls due
     * as soon as possible, but never after the meeting starts.
     */
    public MeetingSchedule schedule(ForumCharter charter, LocalDateTime localStart, Instant now) {
        Instant start = localStart.atZone(DanishText.COPENHAGEN).toInstant();
        Instant end = start.plus(charter.meetingDuration());
        LocalDate day = localStart.toLocalDate();

        Instant proposal = charter.callsForProposals() ? deadlineBefore(day, charter.proposalDeadline()) : null;
        if (proposal != null && !proposal.isAfter(now)) {
            proposal = null;
        }
        Instant agenda = deadlineBefore(day, charter.agendaDeadline());
        if (!agenda.isAfter(now)) {
            agenda = earliest(deadlineOn(workingDays.onOrBefore(now.atZone(DanishText.COPENHAGEN).toLocalDate().plusDays(1))), start);
            if (!agenda.isAfter(now)) {
                agenda = start;
            }
        }
        Instant minutes = deadlineAfter(day, charter.minutesDeadline());
        return new MeetingSchedule(start, end, proposal, agenda, reminderBefore(agenda, now), minutes,
                reminderBefore(minutes, now));
    }

    /** When the comment window on minutes sent at {@code sentAt} closes (F9). */
    public Instant commentWindowEnd(ForumCharter charter, Instant sentAt) {
        return deadlineAfter(sentAt.atZone(DanishText.COPENHAGEN).toLocalDate(), charter.commentWindow());
    }

    /** Whether a meeting at {@code start} respects the charter's notice period when called at {@code now}. */
    public boolean withinNoticePeriod(ForumCharter charter, LocalDateTime start, Instant now) {
        LocalDate earliestWithNotice = now.atZone(DanishText.COPENHAGEN).toLocalDate().plus(charter.noticePeriod());
        return start.toLocalDate().isBefore(earliestWithNotice);
    }

    private Instant deadlineBefore(LocalDate meetingDay, Period period) {
        return deadlineOn(workingDays.onOrBefore(meetingDay.minus(period)));
    }

    private Instant deadlineAfter(LocalDate day, Period period) {
        return deadlineOn(workingDays.onOrBefore(day.plus(period)));
    }

    private Instant deadlineOn(LocalDate day) {
        return day.atTime(deadlineTime).atZone(DanishText.COPENHAGEN).toInstant();
    }

    private Instant reminderBefore(Instant deadline, Instant now) {
        LocalDate deadlineDay = deadline.atZone(DanishText.COPENHAGEN).toLocalDate();
        Instant reminder = deadlineOn(workingDays.minusWorkingDays(deadlineDay, reminderWorkingDaysBefore));
        if (reminder.isBefore(now)) {
            return now;
        }
        return reminder.isAfter(deadline) ? deadline : reminder;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
