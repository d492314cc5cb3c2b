package dk.kk.almenstyring.agenda;

import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingMails;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the agenda to every member (F1, F4, F6) and, where the charter says so, records it as published (F4). */
@Component("sendAgenda")
public class SendAgendaDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final ForumCharters charters;
    private final MeetingMails mails;

    public SendAgendaDelegate(MeetingRepository meetings, ForumCharters charters, MeetingMails mails) {
        this.meetings = meetings;
        this.charters = charters;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        boolean published = charters.get(meeting.forumKey()).agendaPublished();
        mails.agenda(meeting, meetings.agenda(meeting.id()), published);
        meetings.markAgendaSent(meeting.id(), EngineClock.now(), published);
    }
}
