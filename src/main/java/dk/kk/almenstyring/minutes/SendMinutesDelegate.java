package dk.kk.almenstyring.minutes;

import java.time.Instant;
import java.util.Date;

import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingMails;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MeetingScheduler;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Mails the minutes, with the attendance and each decision and outcome as recorded, and opens the comment window,
 * which runs from the day they are sent (F9).
 */
@Component("sendMinutes")
public class SendMinutesDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final ForumCharters charters;
    private final MeetingScheduler scheduler;
    private final MeetingMails mails;
    private final MinutesSummaries summaries;

    public SendMinutesDelegate(MeetingRepository meetings, MinutesRepository minutes, ForumCharters charters,
            MeetingScheduler scheduler, MeetingMails mails, MinutesSummaries summaries) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.charters = charters;
        this.scheduler = scheduler;
        this.mails = mails;
        this.summaries = summaries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(Var.MEETING_ID);
        Meeting meeting = meetings.get(id);
        Instant now = EngineClock.now();
        // a retried job keeps the window it opened the first time
        Instant windowEnd = meeting.commentWindowEnd() != null ? meeting.commentWindowEnd()
                : scheduler.commentWindowEnd(charters.get(meeting.forumKey()), now);
        meetings.markMinutesSent(id, meeting.minutesSentAt() != null ? meeting.minutesSentAt() : now, windowEnd);
        execution.setVariable(Var.COMMENT_WINDOW_END, Date.from(windowEnd));
        execution.setVariable(Var.COMMENT_WINDOW_END_TEXT, DanishText.dateTime(windowEnd));
        String text = minutes.latest(id).orElseThrow().body();
        execution.setVariable(Var.MINUTES_TEXT, text);
        mails.minutes(meetings.get(id), text, summaries.of(id));
    }
}
