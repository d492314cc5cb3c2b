package dk.kk.almenstyring.proposal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.meeting.Meeting;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Keeps the list of a meeting's proposals on its running meeting-cycle instance
 * ({@link AgendaProposalProcess#VAR_PROPOSALS_RECEIVED}), for the proposal form: each proposal's title, who
 * proposed it for which forvaltning or organisation, and when it was received.
 */
@Component
public class ProposalsReceived {

    private final ProposalRepository proposals;
    private final ForumCharters charters;
    private final MemberDirectory directory;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;

    public ProposalsReceived(ProposalRepository proposals, ForumCharters charters, MemberDirectory directory,
            IdentityService identityService, RuntimeService runtimeService) {
        this.proposals = proposals;
        this.charters = charters;
        this.directory = directory;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
    }

    public void publish(Meeting meeting) {
        String meetingCycle = meeting.processInstanceId();
        if (meetingCycle == null
                || runtimeService.createProcessInstanceQuery().processInstanceId(meetingCycle).count() == 0) {
            return;
        }
        ForumCharter charter = charters.get(meeting.forumKey());
        List<Map<String, Object>> list = proposals.forMeeting(meeting.id()).stream().map(p -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("title", markdownLiteral(p.title()));
            line.put("proposer", markdownLiteral(proposer(p, charter)));
            line.put("receivedAt", DanishText.dateTime(p.submittedAt()));
            return line;
        }).toList();
        runtimeService.setVariable(meetingCycle, AgendaProposalProcess.VAR_PROPOSALS_RECEIVED, JsonVariables.json(list));
    }

    /** "Hanne Juhl, BL's 1. kreds – Samarbejdsforum" or "Anne Holm, SOF": the person and whom he or she speaks for. */
    private String proposer(AgendaProposal proposal, ForumCharter charter) {
        String userId = proposal.proposedBy();
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        String name = user == null ? userId
                : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName())).trim();
        Optional<String> organisation = Optional.ofNullable(proposal.proposerForvaltning())
                .or(() -> directory.forvaltningOf(userId))
                .or(() -> memberGroupName(userId, charter));
        String who = name == null || name.isEmpty() ? "Ukendt" : name;
        return organisation.map(o -> who + ", " + o).orElse(who);
    }

    private Optional<String> memberGroupName(String userId, ForumCharter charter) {
        if (userId == null) {
            return Optional.empty();
        }
        List<String> groups = new java.util.ArrayList<>(charter.memberGroups());
        groups.add(charter.secretariatGroup());
        return identityService.createGroupQuery().groupMember(userId).groupIdIn(groups.toArray(String[]::new))
                .orderByGroupId().asc().list().stream().findFirst().map(Group::getName);
    }

    /** What a member typed, shown as typed: the form renders the list as Markdown and drops HTML. */
    static String markdownLiteral(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1");
    }
}
