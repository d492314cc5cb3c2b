package dk.kk.almenstyring.proposal;

import dk.kk.almenstyring.meeting.MeetingMails;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("notifyLateProposal")
public class NotifyLateProposalDelegate implements JavaDelegate {

    private final ProposalRepository proposals;
    private final MeetingRepository meetings;
    private final MeetingMails mails;

    public NotifyLateProposalDelegate(ProposalRepository proposals, MeetingRepository meetings, MeetingMails mails) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AgendaProposal proposal = proposals.get((Long) execution.getVariable(AgendaProposalProcess.VAR_PROPOSAL_ID));
        var meeting = meetings.get(proposal.meetingId());
        var deadline = meeting.proposalDeadline() != null ? meeting.proposalDeadline() : meeting.agendaDeadline();
        mails.lateProposal(meeting, proposal.id(), proposal.title(), proposal.proposedBy(), proposal.submittedAt(), deadline);
    }
}
