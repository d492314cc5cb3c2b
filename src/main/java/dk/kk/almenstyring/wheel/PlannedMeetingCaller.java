package dk.kk.almenstyring.wheel;

import java.util.HashMap;
import java.util.Map;

import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.meeting.MeetingCycle;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Calls a planned meeting: starts its meeting-cycle as the secretariat's start form would (same checks, same
 * invitation), in the name of the person who approved the plan, and links the plan row to the meeting. A planned
 * meeting already linked is not called twice (a retried job).
 */
@Component
public class PlannedMeetingCaller {

    private final AnnualPlanRepository plans;
    private final RuntimeService runtimeService;

    public PlannedMeetingCaller(AnnualPlanRepository plans, @Lazy RuntimeService runtimeService) {
        this.plans = plans;
        this.runtimeService = runtimeService;
    }

    public void call(long plannedMeetingId, String approvedBy) {
        PlanRow row = plans.find(plannedMeetingId).orElseThrow(() -> new IllegalStateException(
                "planned meeting " + plannedMeetingId + " is not recorded"));
        if (row.meetingId() != null) {
            return;
        }
        var start = row.startsAt().atZone(DanishText.COPENHAGEN);
        Map<String, Object> variables = new HashMap<>();
        variables.put(MeetingCycle.Var.FORUM_KEY, row.forumKey());
        variables.put(MeetingCycle.Var.MEETING_DATE, start.toLocalDate().toString());
        variables.put(MeetingCycle.Var.MEETING_TIME, PlannedMeeting.DANISH_TIME.format(start.toLocalTime()));
        variables.put(MeetingCycle.Var.MEETING_LOCATION, row.location());
        variables.put(MeetingCycle.Var.INITIATOR, approvedBy);
        ProcessInstanceWithVariables meeting = runtimeService.createProcessInstanceByKey(MeetingCycle.PROCESS_KEY)
                .setVariables(variables).executeWithVariablesInReturn();
        long meetingId = ((Number) meeting.getVariables().get(MeetingCycle.Var.MEETING_ID)).longValue();
        plans.linkMeeting(plannedMeetingId, meetingId, EngineClock.now());
    }
}
