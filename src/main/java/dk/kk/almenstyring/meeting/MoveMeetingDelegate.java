package dk.kk.almenstyring.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("moveMeeting")
public class MoveMeetingDelegate implements JavaDelegate {

    private final MeetingChanges changes;

    public MoveMeetingDelegate(MeetingChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.move(execution);
    }
}
