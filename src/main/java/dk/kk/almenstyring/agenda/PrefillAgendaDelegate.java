package dk.kk.almenstyring.agenda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.proposal.AgendaDraft;
import dk.kk.almenstyring.proposal.AgendaProposal;
import dk.kk.almenstyring.proposal.ProposalRepository;
import dk.kk.almenstyring.proposal.ProposalStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The agenda draft the secretariat starts from: the charter's standing items (F11, F12), the proposals that came
 * in time or were accepted, proposals deferred from earlier meetings of the forum, and items that processes asked
 * for (e.g. a draft agreement to be negotiated).
 */
@Component("prefillAgenda")
public class PrefillAgendaDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final ProposalRepository proposals;
    private final ForumCharters charters;
    private final AgendaRequests requests;

    public PrefillAgendaDelegate(MeetingRepository meetings, ProposalRepository proposals, ForumCharters charters,
            AgendaRequests requests) {
        this.meetings = meetings;
        this.proposals = proposals;
        this.charters = charters;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        ForumCharter charter = charters.get(meeting.forumKey());
        List<Map<String, Object>> items = new ArrayList<>();
        for (String standing : charter.standingItems()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("title", standing);
            line.put("description", "");
            line.put("theme", null);
            line.put("responsible", Forvaltning.SECRETARIAT.code());
            items.add(line);
        }
        for (AgendaRequests.AgendaRequest request : requests.open(meeting.forumKey())) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("title", request.title());
            line.put("description", request.description() == null ? "" : request.description());
            line.put("theme", null);
            line.put("responsible", request.responsible());
            line.put("agendaRequestId", request.id());
            items.add(line);
        }
        proposals.deferredForForum(meeting.forumKey(), meeting.id()).forEach(p -> items.add(AgendaDraft.line(p)));
        for (AgendaProposal proposal : proposals.forMeeting(meeting.id())) {
            if (proposal.status() == ProposalStatus.ON_TIME || proposal.status() == ProposalStatus.ACCEPTED) {
                items.add(AgendaDraft.line(proposal));
            }
        }
        execution.setVariable(Var.AGENDA_ITEMS, JsonVariables.json(items));
    }
}
