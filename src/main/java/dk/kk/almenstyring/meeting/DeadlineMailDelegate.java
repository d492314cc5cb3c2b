package dk.kk.almenstyring.meeting;

import java.util.Date;

import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Reminder before and escalation after a deadline. The model says what is due through input parameters:
 * {@code what} ("dagsordenen"), {@code deadlineVariable} ("agendaDeadline") and {@code taskName}.
 */
public abstract class DeadlineMailDelegate implements JavaDelegate {

    protected final MeetingRepository meetings;
    protected final MeetingMails mails;

    protected DeadlineMailDelegate(MeetingRepository meetings, MeetingMails mails) {
        this.meetings = meetings;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        String what = (String) execution.getVariable("what");
        Date deadline = (Date) execution.getVariable((String) execution.getVariable("deadlineVariable"));
        String taskName = (String) execution.getVariable("taskName");
        send(meeting, what, deadline, taskName, execution.getCurrentActivityId());
    }

    protected abstract void send(Meeting meeting, String what, Date deadline, String taskName, String occasion);

}
