package dk.kk.almenstyring.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction of the start form: bad input throws before anything is recorded, and the person who
 * typed it sees the message (Tasklist) or a 400 (REST).
 */
@Component("registerMeeting")
public class RegisterMeetingDelegate implements JavaDelegate {

    private final MeetingPlanner planner;

    public RegisterMeetingDelegate(MeetingPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        planner.register(execution);
    }
}
