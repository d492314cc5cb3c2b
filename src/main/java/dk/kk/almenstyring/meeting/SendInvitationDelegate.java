package dk.kk.almenstyring.meeting;

import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The invitation (indkaldelse) with a calendar entry, to every member (F2 for Partnerskabsforum). */
@Component("sendInvitation")
public class SendInvitationDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final MeetingMails mails;

    public SendInvitationDelegate(MeetingRepository meetings, MeetingMails mails) {
        this.meetings = meetings;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        mails.invitation(meeting, meeting.extraordinaryReason());
    }
}
