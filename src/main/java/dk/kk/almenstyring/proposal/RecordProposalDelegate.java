package dk.kk.almenstyring.proposal;

import java.time.Instant;

import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MeetingStatus;
import dk.kk.almenstyring.model.TaskNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the proposal and whether it came in late: after the proposal deadline, or after the agenda was sent. */
@Component("recordProposal")
public class RecordProposalDelegate implements JavaDelegate {

    private final ProposalRepository proposals;
    private final MeetingRepository meetings;
    private final ProposalsReceived received;

    public RecordProposalDelegate(ProposalRepository proposals, MeetingRepository meetings, ProposalsReceived received) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.received = received;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(AgendaProposalProcess.VAR_MEETING_ID));
        Instant now = EngineClock.now();
        Instant deadline = meeting.proposalDeadline() != null ? meeting.proposalDeadline() : meeting.agendaDeadline();
        boolean late = now.isAfter(deadline) || meeting.status() != MeetingStatus.PLANNED;
        ProposalInput input = new ProposalInput((String) execution.getVariable(Var.PROPOSAL_TITLE),
                (String) execution.getVariable(Var.PROPOSAL_DESCRIPTION), (String) execution.getVariable(Var.PROPOSAL_THEME),
                (String) execution.getVariable(Var.PROPOSER_FORVALTNING));
        long id = proposals.insert(meeting.id(), input, (String) execution.getVariable(AgendaProposalProcess.VAR_PROPOSED_LEAD),
                (String) execution.getVariable(AgendaProposalProcess.VAR_PROPOSED_BY), now, late);
        execution.setVariable(AgendaProposalProcess.VAR_PROPOSAL_ID, id);
        execution.setVariable(AgendaProposalProcess.VAR_LATE, late);
        // shown on the secretariat's review form
        execution.setVariable("submittedAtText", DanishText.dateTime(now));
        execution.setVariable(Var.PROPOSAL_DEADLINE_TEXT, DanishText.dateTime(deadline));
        execution.setVariable(Var.MEETING_DATE_TEXT, DanishText.date(meeting.startsAt()));
        execution.setVariable(TaskNames.SUBJECT, MeetingCycle.taskSubject((String) execution.getVariable(Var.FORUM_NAME),
                DanishText.date(meeting.startsAt())));
        execution.setVariable("reviewDue", java.util.Date.from(meeting.startsAt()));
        execution.setVariable(AgendaProposalProcess.VAR_RESPONSIBLE, proposals.get(id).responsible());
        received.publish(meeting);
    }
}
