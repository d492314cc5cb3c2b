package dk.kk.almenstyring.minutes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.evaluation.LiftedDecisions;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MeetingStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The meeting has been held: the minutes form lists the members (attendance) and the agenda items (decisions), each
 * with the marks its forum may set (lift to Borgmesterforum, proposal to Partnerskabsforum).
 */
@Component("prepareMinutes")
public class PrepareMinutesDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final ForumCharters charters;
    private final MemberDirectory directory;
    private final AgendaRequests requests;
    private final LiftedDecisions lifted;

    public PrepareMinutesDelegate(MeetingRepository meetings, ForumCharters charters, MemberDirectory directory,
            AgendaRequests requests, LiftedDecisions lifted) {
        this.meetings = meetings;
        this.charters = charters;
        this.directory = directory;
        this.requests = requests;
        this.lifted = lifted;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Meeting meeting = meetings.get((Long) execution.getVariable(Var.MEETING_ID));
        meetings.setStatus(meeting.id(), MeetingStatus.HELD);
        List<Map<String, Object>> options = directory.inGroups(charters.get(meeting.forumKey()).memberGroups()).stream()
                .map(member -> Map.<String, Object>of("label", member.name(), "value", member.userId())).toList();
        List<Map<String, Object>> decisions = meetings.agenda(meeting.id()).stream().map(item -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("itemId", item.id());
            line.put("number", item.position());
            line.put("title", item.title());
            line.put("responsible", item.responsible());
            line.put("decision", "");
            // only an item a process waits for (an agreement) has an outcome that moves it on
            line.put("agreementItem", meetings.requestOf(item.id()).flatMap(requests::find)
                    .map(r -> r.processInstanceId() != null).orElse(false));
            line.put(LiftedDecisions.CAN_LIFT_TO_BMF, lifted.canLiftToBmf(meeting.forumKey()));
            line.put(LiftedDecisions.LIFT_TO_BMF, false);
            line.put(LiftedDecisions.CAN_PROPOSE_TO_PSF, lifted.canProposeToPsf(meeting.forumKey()));
            line.put(LiftedDecisions.PROPOSE_TO_PSF, false);
            return line;
        }).toList();
        execution.setVariable(Var.MEMBER_OPTIONS, JsonVariables.json(options));
        execution.setVariable(Var.DECISIONS, JsonVariables.json(decisions));
    }
}
