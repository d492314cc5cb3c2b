package dk.kk.almenstyring.minutes;

import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingMails;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the final minutes: the final text with the attendance, decisions and outcomes (F9). */
@Component("sendFinalMinutes")
public class SendFinalMinutesDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final MeetingMails mails;
    private final MinutesSummaries summaries;

    public SendFinalMinutesDelegate(MeetingRepository meetings, MinutesRepository minutes, MeetingMails mails,
            MinutesSummaries summaries) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.mails = mails;
        this.summaries = summaries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = (Long) execution.getVariable(Var.MEETING_ID);
        MinutesVersion last = minutes.latest(meetingId).orElseThrow();
        mails.minutesFinal(meetings.get(meetingId), last.body(), last.version() > 1, summaries.of(meetingId));
    }
}
