package dk.kk.almenstyring.meeting;

import java.util.Date;

import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.ops.EscalationRecipients;
import org.springframework.stereotype.Component;

/**
 * After a missed deadline: tells the forum's chairs, and the secretariat too when a chair named in the charter does
 * not exist as a user (see {@link EscalationRecipients}).
 */
@Component("sendDeadlineEscalation")
public class DeadlineEscalationDelegate extends DeadlineMailDelegate {

    private final ForumCharters charters;
    private final EscalationRecipients escalationRecipients;

    public DeadlineEscalationDelegate(MeetingRepository meetings, MeetingMails mails, ForumCharters charters,
            EscalationRecipients escalationRecipients) {
        super(meetings, mails);
        this.charters = charters;
        this.escalationRecipients = escalationRecipients;
    }

    @Override
    protected void send(Meeting meeting, String what, Date deadline, String taskName, String occasion) {
        mails.deadlineEscalation(meeting, escalationRecipients.forForum(charters.get(meeting.forumKey())), what,
                deadline.toInstant(), taskName, occasion);
    }
}
