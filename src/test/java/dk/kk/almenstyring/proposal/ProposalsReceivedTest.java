package dk.kk.almenstyring.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.CoverageExcludes;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingCycle.Element;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a proposal the next "Foreslå punkt til dagsordenen" task shows what the meeting has received so far
 * (issue 6: the task reappeared at once, with no sign that the proposal had arrived).
 */
@CoverageExcludes({"meeting-cycle", "agenda-proposal"})
class ProposalsReceivedTest extends ProcessTestSupport {

    @Autowired
    ProposalService proposalService;

    @Test
    void theNextProposalTaskListsTheProposalsReceivedWithProposerAndTime() {
        ProcessInstance meetingCycle = startSamarbejdsforum();
        long meetingId = (Long) runtimeService.getVariable(meetingCycle.getId(), Var.MEETING_ID);
        executeDueJobs();
        Task first = task(Element.PROPOSE_AGENDA_ITEM, meetingCycle);
        assertThat(taskService.getVariable(first.getId(), AgendaProposalProcess.VAR_PROPOSALS_RECEIVED)).isNull();

        actAs("bl-aab");
        taskService.complete(first.getId(), Map.of(Var.PROPOSAL_TITLE, "Fleksibel udlejning *nu* <i Tingbjerg>",
                Var.PROPOSAL_THEME, "udlejning"));
        identityService.clearAuthentication();
        // one through the product API, in the name of the proposer's forvaltning
        moveClockTo(TODAY.plusSeconds(3600));
        proposalService.submit(meetingId, new ProposalInput("Energirenovering", null, "klima", "TMF"), "tks-tmf");

        Task next = task(Element.PROPOSE_AGENDA_ITEM, meetingCycle);
        List<Map<String, Object>> received = JsonVariables.objects(
                taskService.getVariable(next.getId(), AgendaProposalProcess.VAR_PROPOSALS_RECEIVED));
        assertThat(received).extracting(p -> p.get("title"), p -> p.get("proposer"), p -> p.get("receivedAt"))
                .containsExactly(
                        tuple("Fleksibel udlejning \\*nu\\* \\<i Tingbjerg\\>",
                                "Hanne Juhl, BL's 1. kreds – Samarbejdsforum", DanishText.dateTime(TODAY)),
                        tuple("Energirenovering", "Henrik Bach, TMF", DanishText.dateTime(TODAY.plusSeconds(3600))));
    }

    @Test
    void markdownInWhatAMemberTypedIsShownAsTyped() {
        assertThat(ProposalsReceived.markdownLiteral("**Fed** _skrå_ [link](x) <b>#1</b> a|b ~c~ `k` \\"))
                .isEqualTo("\\*\\*Fed\\*\\* \\_skrå\\_ \\[link\\](x) \\<b\\>\\#1\\</b\\> a\\|b \\~c\\~ \\`k\\` \\\\");
        assertThat(ProposalsReceived.markdownLiteral("Tryghed i Tingbjerg")).isEqualTo("Tryghed i Tingbjerg");
    }

    private ProcessInstance startSamarbejdsforum() {
        actAs("sekretaer");
        try {
            return runtimeService.startProcessInstanceByKey(MeetingCycle.PROCESS_KEY, Map.of(Var.FORUM_KEY, "SF",
                    Var.MEETING_DATE, "11.02.2027", Var.MEETING_TIME, "14.00"));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
