package dk.kk.almenstyring.meeting;

import dk.kk.almenstyring.common.FormValues;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.meeting.MeetingCycle.Element;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.model.TaskNames;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Moving and cancelling a meeting before it is held. */
@Service
public class MeetingChanges {

    /** Which date variable each open user task is due by. */
    private static final Map<String, String> DUE_BY = Map.of(
            Element.PROPOSE_AGENDA_ITEM, Var.PROPOSAL_DEADLINE,
            Element.PREPARE_AGENDA, Var.AGENDA_DEADLINE,
            Element.RECORD_MINUTES, Var.MINUTES_DEADLINE);

    private final ForumCharters charters;
    private final MeetingScheduler scheduler;
    private final MeetingRepository meetings;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;
    private final TaskNames taskNames;

    public MeetingChanges(ForumCharters charters, MeetingScheduler scheduler, MeetingRepository meetings,
            ManagementService managementService, TaskService taskService, RuntimeService runtimeService,
            CurrentUser currentUser, TaskNames taskNames) {
        this.charters = charters;
        this.scheduler = scheduler;
        this.meetings = meetings;
        this.managementService = managementService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.currentUser = currentUser;
        this.taskNames = taskNames;
    }

    /** Moves the meeting; every deadline, timer and due date of the process follows the new date. */
    public void move(DelegateExecution execution) {
        Meeting before = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        ForumCharter charter = charters.get(before.forumKey());
        String reason = requireReason(execution);
        LocalDateTime start = MeetingRequest.start(execution.getVariable(Var.NEW_MEETING_DATE),
                execution.getVariable(Var.NEW_MEETING_TIME));
        Instant now = EngineClock.now();
        if (!start.atZone(DanishText.COPENHAGEN).toInstant().isAfter(now)) {
            throw new BadUserRequestException("Det nye mødetidspunkt " + start.toLocalDate() + " kl. "
                    + start.toLocalTime() + " ligger i fortiden.");
        }
        String location = FormValues.text(execution.getVariable(Var.NEW_MEETING_LOCATION));
        if (location == null) {
            location = before.location();
        }
        MeetingSchedule schedule = scheduler.schedule(charter, start, now);
        meetings.reschedule(before.id(), schedule, location);
        meetings.recordChange(before.id(), "MOVED", before, schedule.start(), location, reason, currentUser.id(), now);
        MeetingPlanner.applySchedule(execution, meetings.get(before.id()), schedule);

        String processInstanceId = execution.getProcessInstanceId();
        for (Job timer : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            managementService.recalculateJobDuedate(timer.getId(), false);
        }
        openTasksFollow(execution, before, schedule);
        clearChangeForm(execution);
    }

    /**
     * Every open task of the meeting, in meeting-cycle and in the agenda-proposal instances it started (all carry
     * the meeting's id), is named after the new date (the same {@link TaskNames} as at its creation, so a task
     * created after the move reads the same) and falls due by the new deadline. A task due at the
     * meeting's start (a late proposal's review) is due at the new start.
     */
    private void openTasksFollow(DelegateExecution execution, Meeting before, MeetingSchedule schedule) {
        String newDate = DanishText.date(schedule.start());
        String subject = MeetingCycle.taskSubject((String) execution.getVariable(Var.FORUM_NAME), newDate);
        for (Task task : taskService.createTaskQuery().processVariableValueEquals(Var.MEETING_ID, before.id()).list()) {
            boolean changed = taskNames.rename(task, subject);
            String dueBy = task.getProcessInstanceId().equals(execution.getProcessInstanceId())
                    ? DUE_BY.get(task.getTaskDefinitionKey()) : null;
            if (dueBy != null && execution.getVariable(dueBy) instanceof Date due) {
                task.setDueDate(due);
                changed = true;
            } else if (task.getDueDate() != null && task.getDueDate().toInstant().equals(before.startsAt())) {
                task.setDueDate(Date.from(schedule.start()));
                changed = true;
            }
            if (changed) {
                taskService.saveTask(task);
            }
        }
        runtimeService.createProcessInstanceQuery().variableValueEquals(Var.MEETING_ID, before.id()).list().stream()
                .filter(instance -> !instance.getId().equals(execution.getProcessInstanceId()))
                .forEach(instance -> runtimeService.setVariables(instance.getId(),
                        Map.of(Var.MEETING_DATE_TEXT, newDate, TaskNames.SUBJECT, subject)));
    }

    public void cancel(DelegateExecution execution) {
        Meeting before = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        String reason = requireReason(execution);
        meetings.setStatus(before.id(), MeetingStatus.CANCELLED);
        meetings.recordChange(before.id(), "CANCELLED", before, null, null, reason, currentUser.id(), EngineClock.now());
    }

    private static String requireReason(DelegateExecution execution) {
        String reason = FormValues.text(execution.getVariable(Var.CHANGE_REASON));
        if (reason == null) {
            throw new BadUserRequestException("Angiv en begrundelse: den sendes til medlemmerne.");
        }
        return reason;
    }

    /**
     * The change form is shown again for the next change and must not be prefilled with this one; the mail
     * reads the change from the meeting's change log.
     */
    private static void clearChangeForm(DelegateExecution execution) {
        execution.removeVariable(Var.CHANGE_ACTION);
        execution.removeVariable(Var.CHANGE_REASON);
        execution.removeVariable(Var.NEW_MEETING_DATE);
        execution.removeVariable(Var.NEW_MEETING_TIME);
        execution.removeVariable(Var.NEW_MEETING_LOCATION);
    }
}
