package dk.kk.almenstyring.meeting;

import java.util.List;

import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the members of the latest move (updated calendar entry) or of the cancellation (cancelling entry). */
@Component("sendMeetingChange")
public class SendMeetingChangeDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final MeetingMails mails;

    public SendMeetingChangeDelegate(MeetingRepository meetings, MeetingMails mails) {
        this.meetings = meetings;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        List<MeetingChange> changes = meetings.changes(meeting.id());
        MeetingChange latest = changes.get(changes.size() - 1);
        if ("CANCELLED".equals(latest.kind())) {
            mails.cancelled(meeting, latest);
        } else {
            mails.moved(meeting, latest);
        }
    }
}
