package dk.kk.almenstyring.minutes;

import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingMails;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendFinalMinutes")
public class SendFinalMinutesDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final MeetingMails mails;

    public SendFinalMinutesDelegate(MeetingRepository meetings, MinutesRepository minutes, MeetingMails mails) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = (Long) execution.getVariable(Var.MEETING_ID);
        MinutesVersion last = minutes.latest(meetingId).orElseThrow();
        mails.minutesFinal(meetings.get(meetingId), last.body(), last.version() > 1);
    }
}
