package dk.kk.almenstyring.meeting;

import java.util.Date;

import org.springframework.stereotype.Component;

@Component("sendDeadlineEscalation")
public class DeadlineEscalationDelegate extends DeadlineMailDelegate {

    public DeadlineEscalationDelegate(MeetingRepository meetings, MeetingMails mails) {
        super(meetings, mails);
    }

    @Override
    protected void send(Meeting meeting, String what, Date deadline, String taskName, String occasion) {
        mails.deadlineEscalation(meeting, what, deadline.toInstant(), taskName, occasion);
    }
}
