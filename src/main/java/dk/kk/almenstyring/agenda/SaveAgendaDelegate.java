package dk.kk.almenstyring.agenda;

import dk.kk.almenstyring.common.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.meeting.AgendaItem;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.proposal.ProposalInput;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and records the agenda the secretariat completed. Every item needs a title and names its responsible
 * forvaltning (F5); in a forum whose leads follow the remits (F7), an item without one gets the lead of its theme.
 */
@Component("saveAgenda")
public class SaveAgendaDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final ForumCharters charters;
    private final LeadForvaltning leads;
    private final AgendaRequests requests;

    public SaveAgendaDelegate(MeetingRepository meetings, ForumCharters charters, LeadForvaltning leads,
            AgendaRequests requests) {
        this.meetings = meetings;
        this.charters = charters;
        this.leads = leads;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        ForumCharter charter = charters.get(meeting.forumKey());
        List<Map<String, Object>> lines = JsonVariables.objects(execution.getVariable(Var.AGENDA_ITEMS));
        if (lines.isEmpty()) {
            throw new BadUserRequestException("Dagsordenen har ingen punkter.");
        }
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> line = lines.get(i);
            int number = i + 1;
            String title = FormValues.text(line.get("title"));
            if (title == null) {
                throw new BadUserRequestException("Punkt " + number + " på dagsordenen mangler en titel.");
            }
            String theme = FormValues.text(line.get("theme"));
            String responsible = FormValues.text(line.get("responsible"));
            if (responsible == null && charter.leadFromTheme() && theme != null) {
                responsible = leads.forTheme(theme);
            }
            if (responsible == null) {
                throw new BadUserRequestException("Punkt " + number + " (" + title + ") skal angive en ansvarlig forvaltning.");
            }
            if (!ProposalInput.FORVALTNINGER.contains(responsible)) {
                throw new BadUserRequestException("Punkt " + number + ": ukendt forvaltning '" + responsible + "'.");
            }
            Long proposalId = line.get("proposalId") instanceof Number n ? n.longValue() : null;
            items.add(new AgendaItem(0, meeting.id(), number, title, FormValues.text(line.get("description")), theme, responsible,
                    charter.standingItems().contains(title), proposalId, null, null, null));
        }
        meetings.replaceAgenda(meeting.id(), items);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).get("agendaRequestId") instanceof Number requestId) {
                requests.takeUp(requestId.longValue(), meeting.id());
                meetings.linkRequest(meeting.id(), i + 1, requestId.longValue());
            }
        }
    }
}
