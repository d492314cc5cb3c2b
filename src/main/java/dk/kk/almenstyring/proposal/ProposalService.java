package dk.kk.almenstyring.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.kk.almenstyring.charter.ForumCharter;
import dk.kk.almenstyring.charter.ForumCharters;
import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.NotAMemberException;
import dk.kk.almenstyring.forvaltning.Theme;
import dk.kk.almenstyring.identity.MemberDirectory;
import dk.kk.almenstyring.meeting.Meeting;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.meeting.MeetingRepository;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;

/**
 * Takes an agenda proposal from Tasklist or the REST API. Every proposal is kept: one in time goes on the
 * agenda draft, a late one is handed to the secretariat to accept or defer.
 */
@Service
public class ProposalService {

    private final MeetingRepository meetings;
    private final ForumCharters charters;
    private final MemberDirectory directory;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;

    public ProposalService(MeetingRepository meetings, ForumCharters charters, MemberDirectory directory,
            RuntimeService runtimeService, AsSystem asSystem) {
        this.meetings = meetings;
        this.charters = charters;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    /** Returns the recorded proposal's id. */
    public long submit(long meetingId, ProposalInput input, String userId) {
        input.check();
        // the limits of the form in Tasklist (propose-agenda-item), checked here too: the API does not pass the form
        requireAtMost(input.description(), 4000, "Beskrivelsen");
        if (input.theme() != null && Theme.byValue(input.theme()).isEmpty()) {
            throw new BadUserRequestException("Ukendt tema: '" + abbreviate(input.theme()) + "'. Kendte temaer: "
                    + Theme.knownValues() + ".");
        }
        Meeting meeting = meetings.get(meetingId);
        ForumCharter charter = charters.get(meeting.forumKey());
        if (!meeting.status().beforeMeeting()) {
            throw new BadUserRequestException("Mødet i " + charter.name() + " er "
                    + (meeting.status().name().equals("CANCELLED") ? "aflyst" : "afholdt")
                    + ", så der kan ikke længere foreslås punkter til det.");
        }
        if (!CurrentUser.SYSTEM.equals(userId) && !directory.isMemberOfAny(userId, charter.memberGroups())
                && !directory.isMemberOfAny(userId, List.of(charter.secretariatGroup()))) {
            throw new NotAMemberException(userId + " er ikke medlem af " + charter.name() + ".");
        }
        requireOwnForvaltning(input, userId, charter);
        Map<String, Object> variables = new HashMap<>();
        variables.put(AgendaProposalProcess.VAR_MEETING_ID, meetingId);
        variables.put(AgendaProposalProcess.VAR_PROPOSED_BY, userId);
        variables.put(Var.FORUM_KEY, charter.key());
        variables.put(Var.FORUM_NAME, charter.name());
        variables.put(Var.SECRETARIAT_GROUP, charter.secretariatGroup());
        variables.put(Var.PROPOSAL_TITLE, input.title());
        variables.put(Var.PROPOSAL_DESCRIPTION, input.description());
        variables.put(Var.PROPOSAL_THEME, input.theme());
        variables.put(Var.PROPOSER_FORVALTNING, input.proposerForvaltning());
        // membership was checked above; members hold no engine permission to start the recording process
        ProcessInstanceWithVariables instance = asSystem.call(() -> runtimeService
                .createProcessInstanceByKey(AgendaProposalProcess.PROCESS_KEY)
                .businessKey(meeting.forumKey() + "-" + meetingId)
                .setVariables(variables)
                .executeWithVariablesInReturn());
        return (Long) instance.getVariables().get(AgendaProposalProcess.VAR_PROPOSAL_ID);
    }

    /**
     * A member of the municipality proposes in the name of his or her own forvaltning only (a TKS member of TMF not
     * in SOF's name). The secretariat may register any proposal.
     */
    private void requireOwnForvaltning(ProposalInput input, String userId, ForumCharter charter) {
        String named = input.proposerForvaltning();
        if (named == null || CurrentUser.SYSTEM.equals(userId)
                || directory.isMemberOfAny(userId, List.of(charter.secretariatGroup()))) {
            return;
        }
        Optional<String> own = asSystem.call(() -> directory.forvaltningOf(userId));
        if (own.isPresent() && !own.get().equals(named)) {
            throw new AuthorizationException("Du kan kun stille forslag i din egen forvaltnings navn (" + own.get()
                    + "), ikke i " + named + "s.");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static void requireAtMost(String text, int max, String what) {
        if (text != null && text.length() > max) {
            throw new BadUserRequestException(what + " er for lang: højst " + max + " tegn (der er " + text.length() + ").");
        }
    }
}
