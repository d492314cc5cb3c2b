package dk.kk.almenstyring.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("cancelMeeting")
public class CancelMeetingDelegate implements JavaDelegate {

    private final MeetingChanges changes;

    public CancelMeetingDelegate(MeetingChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.cancel(execution);
    }
}
