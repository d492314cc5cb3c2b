package dk.kk.almenstyring.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MeetingStatus;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The secretariat's decision on a late proposal. Accepted: it joins the agenda draft if the agenda is being
 * prepared, or is added to the sent agenda as a supplementary item; before the draft exists the draft picks it
 * up itself. Deferred: the next meeting of the forum picks it up.
 */
@Component("recordProposalReview")
public class RecordProposalReviewDelegate implements JavaDelegate {

    private final ProposalRepository proposals;
    private final MeetingRepository meetings;
    private final RuntimeService runtimeService;
    private final CurrentUser currentUser;

    public RecordProposalReviewDelegate(ProposalRepository proposals, MeetingRepository meetings,
            RuntimeService runtimeService, CurrentUser currentUser) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.runtimeService = runtimeService;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long proposalId = (Long) execution.getVariable(AgendaProposalProcess.VAR_PROPOSAL_ID);
        String decision = (String) execution.getVariable(AgendaProposalProcess.VAR_DECISION);
        ProposalStatus status = switch (decision == null ? "" : decision) {
            case "accept" -> ProposalStatus.ACCEPTED;
            case "defer" -> ProposalStatus.DEFERRED;
            default -> throw new BadUserRequestException("Vælg om forslaget skal optages på dagsordenen eller udskydes.");
        };
        String responsible = execution.getVariable(AgendaProposalProcess.VAR_RESPONSIBLE) instanceof String s ? s : null;
        if (status == ProposalStatus.ACCEPTED && (responsible == null || !Forvaltning.isCode(responsible))) {
            // F5: an agenda item always names its responsible forvaltning; nobody picks it for the secretariat
            throw new BadUserRequestException("Vælg den ansvarlige forvaltning, når forslaget optages på dagsordenen.");
        }
        if (!proposals.review(proposalId, status, (String) execution.getVariable(AgendaProposalProcess.VAR_REVIEW_NOTE),
                currentUser.id(), EngineClock.now())) {
            throw new BadUserRequestException("Forslaget er allerede behandlet.");
        }
        if (status == ProposalStatus.ACCEPTED) {
            place(proposals.get(proposalId), responsible);
        }
    }

    private void place(AgendaProposal proposal, String responsible) {
        Meeting meeting = meetings.get(proposal.meetingId());
        if (meeting.status() == MeetingStatus.AGENDA_SENT) {
            meetings.appendAgendaItem(meeting.id(), AgendaDraft.item(meeting.id(), proposal, responsible));
            return;
        }
        Object draft = meeting.status() == MeetingStatus.PLANNED
                ? runtimeService.getVariable(meeting.processInstanceId(), Var.AGENDA_ITEMS) : null;
        if (draft != null) {
            List<Map<String, Object>> items = new ArrayList<>(JsonVariables.objects(draft));
            items.add(AgendaDraft.line(proposal, responsible));
            runtimeService.setVariable(meeting.processInstanceId(), Var.AGENDA_ITEMS, JsonVariables.json(items));
        }
    }

}
