package dk.kk.almenstyring.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;

import dk.kk.almenstyring.calendar.ShippedCalendar;
import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.common.DanishText;
import org.junit.jupiter.api.Test;

/** Deadlines from a charter: working days only, Danish holidays and closing days skipped backwards. */
class MeetingSchedulerTest {

    final WorkingDays workingDays = ShippedCalendar.workingDays();
    final MeetingScheduler scheduler = new MeetingScheduler(workingDays, LocalTime.of(16, 0), 2);
    final Instant now = at(LocalDate.of(2027, 1, 4), 9, 0);

    static ForumCharter sf(Period agendaDeadline) {
        return new ForumCharter("SF", "Samarbejdsforum", 2, List.of("bl-sf"), List.of("tks-tmf"), "sekretariat",
                new ForumCharter.MeetingsPerYear(4, 6), Duration.ofHours(2), "TMF", Period.ofWeeks(4),
                Period.ofWeeks(3), agendaDeadline, false, Period.ofWeeks(1), Period.ofWeeks(2), true, List.of());
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(DanishText.COPENHAGEN).toInstant();
    }

    @Test
    void easterPushesTheAgendaDeadlineBackPastMaundyThursday() {
        // 12 April 2027 - 2 weeks = Easter Monday 29 March; Good Friday and Maundy Thursday are holidays too
        MeetingSchedule s = scheduler.schedule(sf(Period.ofWeeks(2)), LocalDateTime.of(2027, 4, 12, 14, 0), now);
        assertThat(s.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 3, 24), 16, 0));
        assertThat(s.agendaReminderAt()).as("two working days before").isEqualTo(at(LocalDate.of(2027, 3, 22), 16, 0));
        assertThat(s.proposalDeadline()).isEqualTo(at(LocalDate.of(2027, 3, 22), 16, 0));
        assertThat(s.minutesDeadline()).isEqualTo(at(LocalDate.of(2027, 4, 19), 16, 0));
        assertThat(s.end()).isEqualTo(at(LocalDate.of(2027, 4, 12), 16, 0));
    }

    @Test
    void aWeekendDeadlineMovesToFriday() {
        // 10 days before Tuesday 23 February 2027 is Saturday 13 February
        MeetingSchedule s = scheduler.schedule(sf(Period.ofDays(10)), LocalDateTime.of(2027, 2, 23, 10, 0), now);
        assertThat(s.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 2, 12), 16, 0));
    }

    @Test
    void closingDaysPushDeadlinesBackLikeHolidays() {
        // 2 weeks before Friday 7 January 2028 is Juleaftensdag (Friday 24 December 2027): back to the 23rd
        MeetingSchedule christmas = scheduler.schedule(sf(Period.ofWeeks(2)), LocalDateTime.of(2028, 1, 7, 10, 0), now);
        assertThat(christmas.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 12, 23), 16, 0));
        // 2 weeks before Thursday 6 January 2028 is the 23rd itself, a working day: it stays
        MeetingSchedule dayBefore = scheduler.schedule(sf(Period.ofWeeks(2)), LocalDateTime.of(2028, 1, 6, 10, 0), now);
        assertThat(dayBefore.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 12, 23), 16, 0));
        // 1 week before Friday 7 January 2028 is Nytårsaftensdag: back to Thursday 30 December
        MeetingSchedule newYear = scheduler.schedule(sf(Period.ofWeeks(1)), LocalDateTime.of(2028, 1, 7, 10, 0), now);
        assertThat(newYear.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 12, 30), 16, 0));
        assertThat(newYear.agendaReminderAt()).as("two working days before").isEqualTo(at(LocalDate.of(2027, 12, 28), 16, 0));
        // 2 weeks before Tuesday 19 June 2029 is Grundlovsdag (Tuesday 5 June 2029): back to Monday 4 June
        MeetingSchedule constitution = scheduler.schedule(sf(Period.ofWeeks(2)), LocalDateTime.of(2029, 6, 19, 10, 0), now);
        assertThat(constitution.agendaDeadline()).isEqualTo(at(LocalDate.of(2029, 6, 4), 16, 0));
        // the minutes of a meeting on 17 December 2027 fall due a week later, on Juleaftensdag: the 23rd
        MeetingSchedule minutes = scheduler.schedule(sf(Period.ofWeeks(2)), LocalDateTime.of(2027, 12, 17, 10, 0), now);
        assertThat(minutes.minutesDeadline()).isEqualTo(at(LocalDate.of(2027, 12, 23), 16, 0));
    }

    @Test
    void changingTheCharterChangesTheDeadline() {
        MeetingSchedule twoWeeks = scheduler.schedule(sf(Period.ofWeeks(2)), LocalDateTime.of(2027, 3, 4, 10, 0), now);
        MeetingSchedule tenDays = scheduler.schedule(sf(Period.ofDays(10)), LocalDateTime.of(2027, 3, 4, 10, 0), now);
        assertThat(twoWeeks.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 2, 18), 16, 0));
        assertThat(tenDays.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 2, 22), 16, 0));
    }

    @Test
    void anExtraordinaryMeetingSkipsThePassedProposalCallAndIsDueAsSoonAsPossible() {
        MeetingSchedule s = scheduler.schedule(sf(Period.ofWeeks(2)), LocalDateTime.of(2027, 1, 12, 10, 0), now);
        assertThat(s.callsForProposals()).isFalse();
        assertThat(s.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 1, 5), 16, 0));
        assertThat(s.agendaReminderAt()).isEqualTo(now);
    }

    @Test
    void noticePeriodIsCountedInCalendarTime() {
        ForumCharter charter = sf(Period.ofWeeks(2));
        assertThat(scheduler.withinNoticePeriod(charter, LocalDateTime.of(2027, 1, 31, 10, 0), now)).isTrue();
        assertThat(scheduler.withinNoticePeriod(charter, LocalDateTime.of(2027, 2, 1, 10, 0), now)).isFalse();
    }

    @Test
    void commentWindowRunsTwoWeeksFromTheDayTheMinutesWereSent() {
        assertThat(scheduler.commentWindowEnd(sf(Period.ofWeeks(2)), at(LocalDate.of(2027, 3, 11), 11, 0)))
                .as("25 March 2027 is Maundy Thursday").isEqualTo(at(LocalDate.of(2027, 3, 24), 16, 0));
    }
}
