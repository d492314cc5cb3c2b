package dk.kk.almenstyring.meeting;

import java.util.Date;

import org.springframework.stereotype.Component;

@Component("sendDeadlineReminder")
public class DeadlineReminderDelegate extends DeadlineMailDelegate {

    public DeadlineReminderDelegate(MeetingRepository meetings, MeetingMails mails) {
        super(meetings, mails);
    }

    @Override
    protected void send(Meeting meeting, String what, Date deadline, String taskName, String occasion) {
        mails.deadlineReminder(meeting, what, deadline.toInstant(), taskName, occasion);
    }
}
