package dk.kk.almenstyring.agenda;

import dk.kk.almenstyring.common.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.forvaltning.Theme;
import dk.kk.almenstyring.meeting.AgendaItem;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks and records the agenda the secretariat completed. Every item needs a title and names its responsible
 * forvaltning (F5): an item without one is refused, never given one silently. In a forum whose leads follow the
 * remits (F7) the refusal proposes the lead of the item's theme; the proposals on the prefilled agenda already carry
 * the lead the rules proposed when they came in.
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
            if (theme != null && Theme.byValue(theme).isEmpty()) {
                throw new BadUserRequestException("Punkt " + number + ": ukendt tema '" + theme + "'. Kendte temaer: "
                        + Theme.knownValues() + ".");
            }
            String responsible = FormValues.text(line.get("responsible"));
            if (responsible == null) {
                throw new BadUserRequestException("Punkt " + number + " (" + title + ") skal angive en ansvarlig forvaltning."
                        + proposedLead(charter, theme));
            }
            if (!Forvaltning.isCode(responsible)) {
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

    /** The lead the remits give the theme (F7), as a proposal the secretariat confirms by choosing it. */
    private String proposedLead(ForumCharter charter, String theme) {
        if (!charter.leadFromTheme() || theme == null) {
            return "";
        }
        String lead = leads.forTheme(theme);
        return lead == null ? "" : " Efter kommissoriet er " + lead + " ordførende for temaet '" + theme + "'.";
    }
}
