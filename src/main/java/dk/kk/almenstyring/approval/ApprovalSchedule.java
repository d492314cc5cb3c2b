package dk.kk.almenstyring.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.common.DanishText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an approval is due and when its secretariat is reminded. The deadline is configuration
 * ({@code almen.agreements.approval-deadline}, e.g. P8W from the request) at the hour deadlines fall due; one that
 * falls on a weekend or public holiday moves to the working day before. The reminder goes
 * {@code almen.agreements.approval-reminder-working-days-before} working days earlier.
 */
@Component
public class ApprovalSchedule {

    private final WorkingDays workingDays;
    private final Period deadline;
    private final int reminderWorkingDaysBefore;
    private final LocalTime deadlineTime;

    public ApprovalSchedule(WorkingDays workingDays,
            @Value("${almen.agreements.approval-deadline:P8W}") String deadline,
            @Value("${almen.agreements.approval-reminder-working-days-before:5}") int reminderWorkingDaysBefore,
            @Value("${almen.deadline-time:16:00}") String deadlineTime) {
        this.workingDays = workingDays;
        this.deadline = Period.parse(deadline);
        this.reminderWorkingDaysBefore = reminderWorkingDaysBefore;
        this.deadlineTime = LocalTime.parse(deadlineTime);
    }

    /** The due date of an approval requested at {@code requested}. */
    public Instant dueFrom(Instant requested) {
        LocalDate day = requested.atZone(DanishText.COPENHAGEN).toLocalDate().plus(deadline);
        return at(workingDays.onOrBefore(day));
    }

    /** The reminder before the due date; never before {@code now} and never after the due date. */
    public Instant reminderBefore(Instant due, Instant now) {
        LocalDate dueDay = due.atZone(DanishText.COPENHAGEN).toLocalDate();
        Instant reminder = at(workingDays.minusWorkingDays(dueDay, reminderWorkingDaysBefore));
        if (reminder.isBefore(now)) {
            return now;
        }
        return reminder.isAfter(due) ? due : reminder;
    }

    private Instant at(LocalDate day) {
        return day.atTime(deadlineTime).atZone(DanishText.COPENHAGEN).toInstant();
    }
}
