package dk.kk.almenstyring.wheel;

import dk.kk.almenstyring.wheel.AnnualWheelProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Calls one planned meeting when its time has come (asynchronous, retried: the caller is idempotent). */
@Component("startPlannedMeeting")
public class StartPlannedMeetingDelegate implements JavaDelegate {

    private final PlannedMeetingCaller caller;
    private final AnnualPlanRepository plans;

    public StartPlannedMeetingDelegate(PlannedMeetingCaller caller, AnnualPlanRepository plans) {
        this.caller = caller;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Var.PLANNED_MEETING_ID)).longValue();
        caller.call(id, plans.approvedBy(id));
    }
}
