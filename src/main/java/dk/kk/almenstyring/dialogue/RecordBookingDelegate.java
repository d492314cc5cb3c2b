package dk.kk.almenstyring.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import dk.kk.almenstyring.calendar.DayOff;
import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the organisation's booking in the transaction of its form (S1): a working day inside the year's window,
 * far enough ahead for the forvaltninger to send agenda items. Anything else is refused with the reason and the task
 * stays open, nothing recorded.
 */
@Component("recordStyringsdialogBooking")
public class RecordBookingDelegate implements JavaDelegate {

    private final DialogueRegister register;
    private final DialogueSettings settings;
    private final DialogueDeadlines deadlines;
    private final WorkingDays workingDays;
    private final RoundCounts counts;
    private final CurrentUser currentUser;

    public RecordBookingDelegate(DialogueRegister register, DialogueSettings settings, DialogueDeadlines deadlines,
            WorkingDays workingDays, RoundCounts counts, CurrentUser currentUser) {
        this.register = register;
        this.settings = settings;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.counts = counts;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(Var.YEAR)).intValue();
        LocalDate day = FormValues.date(execution.getVariable(Var.MEETING_DATE), "Mødedatoen");
        LocalTime time = FormValues.time(execution.getVariable(Var.MEETING_TIME), "Klokkeslættet");
        String location = FormValues.text(execution.getVariable(Var.MEETING_LOCATION));
        if (day == null || time == null) {
            throw new BadUserRequestException("Angiv mødets dato og klokkeslæt.");
        }
        if (location == null) {
            throw new BadUserRequestException("Angiv, hvor mødet holdes.");
        }
        checkDay(year, day);
        Instant agendaDeadline = deadlines.agendaDeadline(day);
        if (!agendaDeadline.isAfter(EngineClock.now())) {
            throw new BadUserRequestException("Mødet " + DanishText.date(day) + " ligger for tæt på: forvaltningerne skal"
                    + " kunne melde punkter til dagsordenen senest " + settings.agendaWorkingDaysBefore()
                    + " arbejdsdage før mødet. Vælg en senere dato.");
        }
        Instant meetingAt = day.atTime(time).atZone(DanishText.COPENHAGEN).toInstant();
        long id = ((Number) execution.getVariable(Var.DIALOGUE_ID)).longValue();
        register.book(id, meetingAt, location, agendaDeadline, currentUser.id(), EngineClock.now());

        execution.setVariable(Var.MEETING_DATE, day.toString());
        execution.setVariable(Var.MEETING_LOCATION, location);
        execution.setVariable(Var.MEETING_TEXT, DanishText.dateTime(meetingAt));
        execution.setVariable(Var.MEETING_ENDS_AT, Date.from(meetingAt.plus(settings.meetingLength())));
        execution.setVariable(Var.AGENDA_DEADLINE, Date.from(agendaDeadline));
        execution.setVariable(Var.AGENDA_DEADLINE_TEXT, DanishText.dateTime(agendaDeadline));
        Instant reportDue = deadlines.reportDue(day);
        execution.setVariable(Var.REPORT_DUE, Date.from(reportDue));
        execution.setVariable(Var.REPORT_DUE_TEXT, DanishText.dateTime(reportDue));
        execution.setVariable(Var.REPORT_ESCALATE_AT, Date.from(deadlines.escalation(reportDue)));
        counts.refresh(year);
    }

    private void checkDay(int year, LocalDate day) {
        String words = DanishText.date(day);
        if (day.isBefore(settings.windowStart(year)) || day.isAfter(settings.windowEnd(year))) {
            throw new BadUserRequestException("Mødedatoen " + words + " ligger uden for styringsdialogens periode "
                    + year + " (" + deadlines.windowText(year) + ").");
        }
        if (day.isBefore(DialogueDeadlines.today())) {
            throw new BadUserRequestException("Mødedatoen " + words + " ligger før i dag.");
        }
        DayOff off = workingDays.dayOff(day).orElse(null);
        if (off != null) {
            throw new BadUserRequestException("Mødet kan ikke holdes den dag: " + off.describe()
                    + ". Vælg en arbejdsdag.");
        }
    }
}
