package dk.kk.almenstyring.meeting;

import dk.kk.almenstyring.common.FormValues;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import dk.kk.almenstyring.calendar.WorkingDays;
import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.model.TaskNames;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/** Registers a new meeting: checks what was asked for against the charter, records it, derives its deadlines. */
@Service
public class MeetingPlanner {

    private final ForumCharters charters;
    private final MeetingScheduler scheduler;
    private final MeetingRepository meetings;
    private final WorkingDays workingDays;

    public MeetingPlanner(ForumCharters charters, MeetingScheduler scheduler, MeetingRepository meetings,
            WorkingDays workingDays) {
        this.charters = charters;
        this.scheduler = scheduler;
        this.meetings = meetings;
        this.workingDays = workingDays;
    }

    public Meeting register(DelegateExecution execution) {
        ForumCharter charter = charters.get((String) execution.getVariable(Var.FORUM_KEY));
        LocalDateTime start = MeetingRequest.start(execution.getVariable(Var.MEETING_DATE), execution.getVariable(Var.MEETING_TIME));
        String reason = FormValues.text(execution.getVariable(Var.EXTRAORDINARY_REASON));
        Instant now = EngineClock.now();
        checkStart(charter, start, reason, now);

        String location = FormValues.text(execution.getVariable(Var.MEETING_LOCATION));
        if (location == null) {
            location = charter.defaultLocation();
        }
        MeetingSchedule schedule = scheduler.schedule(charter, start, now);
        String initiator = (String) execution.getVariable(Var.INITIATOR);
        long id = meetings.insert(charter.key(), schedule, location, reason, execution.getProcessInstanceId(), initiator, now);

        execution.setProcessBusinessKey(charter.key() + "-" + start.toLocalDate() + "-" + id);
        execution.setVariable(Var.MEETING_ID, id);
        execution.setVariable(Var.FORUM_KEY, charter.key());
        execution.setVariable(Var.FORUM_NAME, charter.name());
        execution.setVariable(Var.MEMBER_GROUPS, String.join(",", charter.memberGroups()));
        execution.setVariable(Var.SECRETARIAT_GROUP, charter.secretariatGroup());
        Meeting meeting = meetings.get(id);
        applySchedule(execution, meeting, schedule);
        return meeting;
    }

    /**
     * A meeting date must lie in the future; inside the notice period, or on a weekend, a public holiday or a closing
     * day, only with a stated reason (which is recorded and given in the invitation).
     */
    void checkStart(ForumCharter charter, LocalDateTime start, String extraordinaryReason, Instant now) {
        if (!start.atZone(DanishText.COPENHAGEN).toInstant().isAfter(now)) {
            throw new BadUserRequestException("Mødetidspunktet " + DanishText.date(start.toLocalDate()) + " kl. "
                    + start.toLocalTime() + " ligger i fortiden. Vælg et tidspunkt efter i dag.");
        }
        if (scheduler.withinNoticePeriod(charter, start, now) && extraordinaryReason == null) {
            throw new BadUserRequestException(charter.name() + " indkaldes med mindst " + DanishText.period(charter.noticePeriod())
                    + " varsel, så mødet kan tidligst ligge "
                    + DanishText.date(now.atZone(DanishText.COPENHAGEN).toLocalDate().plus(charter.noticePeriod()))
                    + ". Et ekstraordinært møde inden for varslingsfristen kræver en begrundelse.");
        }
        if (extraordinaryReason == null) {
            workingDays.dayOff(start.toLocalDate()).ifPresent(dayOff -> {
                throw new BadUserRequestException(dayOff.describe()
                        + ". Angiv en begrundelse, hvis mødet alligevel skal holdes den dag.");
            });
        }
    }

    /** Puts the schedule into the process so that timers and due dates follow it. */
    static void applySchedule(DelegateExecution execution, Meeting meeting, MeetingSchedule schedule) {
        execution.setVariable(Var.MEETING_LOCATION, meeting.location());
        execution.setVariable(Var.MEETING_START, Date.from(schedule.start()));
        execution.setVariable(Var.MEETING_END, Date.from(schedule.end()));
        execution.setVariable(Var.MEETING_DATE_TEXT, DanishText.date(schedule.start()));
        execution.setVariable(TaskNames.SUBJECT, MeetingCycle.taskSubject((String) execution.getVariable(Var.FORUM_NAME),
                DanishText.date(schedule.start())));
        execution.setVariable(Var.MEETING_TIME_TEXT, DanishText.timeSpan(schedule.start(), schedule.end()));
        execution.setVariable(Var.CALLS_FOR_PROPOSALS, schedule.callsForProposals());
        execution.setVariable(Var.PROPOSAL_DEADLINE, schedule.proposalDeadline() == null ? null : Date.from(schedule.proposalDeadline()));
        execution.setVariable(Var.PROPOSAL_DEADLINE_TEXT,
                schedule.proposalDeadline() == null ? null : DanishText.dateTime(schedule.proposalDeadline()));
        execution.setVariable(Var.AGENDA_DEADLINE, Date.from(schedule.agendaDeadline()));
        execution.setVariable(Var.AGENDA_DEADLINE_TEXT, DanishText.dateTime(schedule.agendaDeadline()));
        execution.setVariable(Var.AGENDA_REMINDER_AT, Date.from(schedule.agendaReminderAt()));
        execution.setVariable(Var.MINUTES_DEADLINE, Date.from(schedule.minutesDeadline()));
        execution.setVariable(Var.MINUTES_DEADLINE_TEXT, DanishText.dateTime(schedule.minutesDeadline()));
        execution.setVariable(Var.MINUTES_REMINDER_AT, Date.from(schedule.minutesReminderAt()));
    }
}
