package dk.kk.almenstyring.minutes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MeetingStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The meeting has been held: the minutes form lists the members (attendance) and the agenda items (decisions). */
@Component("prepareMinutes")
public class PrepareMinutesDelegate implements JavaDelegate {

    private final MeetingRepository meetings;
    private final ForumCharters charters;
    private final MemberDirectory directory;

    public PrepareMinutesDelegate(MeetingRepository meetings, ForumCharters charters, MemberDirectory directory) {
        this.meetings = meetings;
        this.charters = charters;
        this.directory = directory;
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
            line.put("agreementItem", meetings.requestOf(item.id()).isPresent());
            return line;
        }).toList();
        execution.setVariable(Var.MEMBER_OPTIONS, JsonVariables.json(options));
        execution.setVariable(Var.DECISIONS, JsonVariables.json(decisions));
    }
}
