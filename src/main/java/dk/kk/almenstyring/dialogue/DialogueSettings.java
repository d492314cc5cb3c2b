package dk.kk.almenstyring.dialogue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The styringsdialog's calendar ({@code almen.styringsdialog.*} in application.yml): the window in which the
 * meetings are held (S1: September–December), when the round starts by itself, and the deadlines of booking, agenda
 * and report. The models read {@link #getStartCron()} by name ({@code ${dialogueSettings.startCron}}).
 */
@Component("dialogueSettings")
public class DialogueSettings {

    private final MonthDay windowStart;
    private final MonthDay windowEnd;
    private final String startCron;
    private final Period bookingWithin;
    private final int escalateAfterWorkingDays;
    private final int agendaWorkingDaysBefore;
    private final Duration meetingLength;
    private final Period reportWithin;
    private final LocalTime deadlineTime;

    public DialogueSettings(@Value("${almen.styringsdialog.window-start:09-01}") String windowStart,
            @Value("${almen.styringsdialog.window-end:12-31}") String windowEnd,
            @Value("${almen.styringsdialog.start-cron:0 0 6 15 8 ?}") String startCron,
            @Value("${almen.styringsdialog.booking-within:P4W}") Period bookingWithin,
            @Value("${almen.styringsdialog.escalate-after-working-days:5}") int escalateAfterWorkingDays,
            @Value("${almen.styringsdialog.agenda-working-days-before:5}") int agendaWorkingDaysBefore,
            @Value("${almen.styringsdialog.meeting-length:PT2H}") Duration meetingLength,
            @Value("${almen.styringsdialog.report-within:P3W}") Period reportWithin,
            @Value("${almen.deadline-time:16:00}") String deadlineTime) {
        this.windowStart = MonthDay.parse("--" + windowStart);
        this.windowEnd = MonthDay.parse("--" + windowEnd);
        this.startCron = startCron;
        this.bookingWithin = bookingWithin;
        this.escalateAfterWorkingDays = escalateAfterWorkingDays;
        this.agendaWorkingDaysBefore = agendaWorkingDaysBefore;
        this.meetingLength = meetingLength;
        this.reportWithin = reportWithin;
        this.deadlineTime = LocalTime.parse(deadlineTime);
        if (!this.windowStart.isBefore(this.windowEnd)) {
            throw new IllegalStateException("almen.styringsdialog: window-start " + windowStart
                    + " must lie before window-end " + windowEnd + " in the same year");
        }
    }

    public LocalDate windowStart(int year) {
        return windowStart.atYear(year);
    }

    public LocalDate windowEnd(int year) {
        return windowEnd.atYear(year);
    }

    /** Cron (or ISO 8601 repeating interval) of the timer that starts the year's round (default 15 August 06:00). */
    public String getStartCron() {
        return startCron;
    }

    public Period bookingWithin() {
        return bookingWithin;
    }

    public int escalateAfterWorkingDays() {
        return escalateAfterWorkingDays;
    }

    public int agendaWorkingDaysBefore() {
        return agendaWorkingDaysBefore;
    }

    public Duration meetingLength() {
        return meetingLength;
    }

    public Period reportWithin() {
        return reportWithin;
    }

    public LocalTime deadlineTime() {
        return deadlineTime;
    }
}
