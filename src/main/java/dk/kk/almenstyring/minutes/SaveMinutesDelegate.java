package dk.kk.almenstyring.minutes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kk.almenstyring.agenda.AgendaRequests;

import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.evaluation.LiftedDecisions;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.mail.Recipient;
import dk.kk.almenstyring.meeting.AgendaItem;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records attendance, the decision on each agenda item (the decisions register) and the first version of the minutes;
 * a decision marked to be lifted to Borgmesterforum or proposed to Partnerskabsforum goes onto that forum's next
 * agenda (F11, A6).
 */
@Component("saveMinutes")
public class SaveMinutesDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final ForumCharters charters;
    private final MemberDirectory directory;
    private final CurrentUser currentUser;
    private final AgendaRequests requests;
    private final LiftedDecisions lifted;

    public SaveMinutesDelegate(MeetingRepository meetings, MinutesRepository minutes, ForumCharters charters,
            MemberDirectory directory, CurrentUser currentUser, AgendaRequests requests, LiftedDecisions lifted) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.charters = charters;
        this.directory = directory;
        this.currentUser = currentUser;
        this.requests = requests;
        this.lifted = lifted;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        String text = (String) execution.getVariable(Var.MINUTES_TEXT);
        if (text == null || text.isBlank()) {
            throw new BadUserRequestException("Referatet er tomt.");
        }
        List<String> members = directory.inGroups(charters.get(meeting.forumKey()).memberGroups()).stream()
                .map(Recipient::userId).toList();
        List<String> present = JsonVariables.strings(execution.getVariable(Var.ATTENDANCE));
        for (String userId : present) {
            if (!members.contains(userId)) {
                throw new BadUserRequestException("'" + userId + "' er ikke medlem af forummet og kan ikke registreres som fremmødt.");
            }
        }
        List<AgendaItem> agenda = meetings.agenda(meeting.id());
        List<Map<String, Object>> decisions = JsonVariables.objects(execution.getVariable(Var.DECISIONS));
        String by = currentUser.id();
        var now = EngineClock.now();
        for (AgendaItem item : agenda) {
            Map<String, Object> line = decisions.stream()
                    .filter(d -> d.get("itemId") instanceof Number n && n.longValue() == item.id())
                    .findFirst().orElse(Map.of());
            String decision = line.get("decision") == null ? "" : line.get("decision").toString().trim();
            if (decision.isEmpty()) {
                throw new BadUserRequestException("Punkt " + item.position() + " (" + item.title() + ") mangler en beslutning.");
            }
            meetings.recordDecision(item.id(), decision, by, now);
            Optional<AgendaRequests.AgendaRequest> request = meetings.requestOf(item.id()).flatMap(requests::find);
            if (request.isPresent()) {
                Object outcome = line.get("outcome");
                // an outcome moves a waiting process (an agreement) on; an item for information has none
                boolean agreementItem = request.get().processInstanceId() != null;
                if (agreementItem && !"AGREED".equals(outcome) && !"NOT_AGREED".equals(outcome)) {
                    throw new BadUserRequestException("Punkt " + item.position() + " (" + item.title()
                            + ") handler om en aftale: angiv om der var enighed.");
                }
                requests.decide(request.get().id(), agreementItem ? (String) outcome : null, decision, meeting.id());
            }
            lifted.carryOn(meeting, item, decision, line.get(LiftedDecisions.LIFT_TO_BMF), line.get(LiftedDecisions.PROPOSE_TO_PSF));
        }
        meetings.recordAttendance(meeting.id(), members, present);
        minutes.addVersion(meeting.id(), text.trim(), false, by, now);
    }
}
