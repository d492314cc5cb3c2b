package dk.kk.almenstyring.meeting;

import static dk.kk.almenstyring.MailAssertions.calendarOf;
import static dk.kk.almenstyring.MailAssertions.eventProperty;
import static dk.kk.almenstyring.MailAssertions.startOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.meeting.MeetingCycle.Element;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import dk.kk.almenstyring.minutes.CommentService;
import dk.kk.almenstyring.minutes.MinutesRepository;
import dk.kk.almenstyring.minutes.MinutesVersion;
import dk.kk.almenstyring.proposal.AgendaProposal;
import dk.kk.almenstyring.proposal.AgendaProposalProcess;
import dk.kk.almenstyring.proposal.ProposalInput;
import dk.kk.almenstyring.proposal.ProposalRepository;
import dk.kk.almenstyring.proposal.ProposalService;
import dk.kk.almenstyring.proposal.ProposalStatus;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through meeting-cycle (and the agenda-proposal instances it starts), with real mail and real tables. */
class MeetingCycleProcessTest extends ProcessTestSupport {

    /** Thursday 11 February 2027: a Samarbejdsforum meeting with all its deadlines on working days. */
    static final LocalDate SF_DAY = LocalDate.of(2027, 2, 11);
    static final int SF_MEMBERS = 12; // bl-sf 4 + llo 1 + tks 7

    @Autowired
    MeetingRepository meetings;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    ProposalService proposalService;
    @Autowired
    CommentService commentService;
    @Autowired
    MinutesRepository minutes;
    @Autowired
    dk.kk.almenstyring.agenda.AgendaRequests agendaRequests;

    // --- happy path -------------------------------------------------------------------------------------------

    @Test
    void samarbejdsforumMeetingRunsFromInvitationToFinalMinutes() throws Exception {
        ProcessInstance pi = startMeeting("SF", SF_DAY, "14:00", null, null);
        long meetingId = meetingId(pi);
        process(pi).isWaitingAt(Element.SEND_INVITATION, Element.CHANGE_MEETING);

        executeDueJobs();
        assertThat(SMTP.getReceivedMessages()).hasSize(SF_MEMBERS);
        MimeMessage invitation = mailsTo("bl-aab@").get(0);
        assertThat(invitation.getSubject()).contains("Samarbejdsforum");
        assertThat(body(invitation)).contains("torsdag den 11. februar 2027").contains("14:00");
        Calendar ics = calendarOf(invitation);
        assertThat(startOf(ics)).isEqualTo(at(SF_DAY, 14, 0));
        assertThat(eventProperty(ics, "LOCATION")).contains("Center for Bydesign");
        assertThat(ics.getProperty("METHOD").map(p -> ((Property) p).getValue()).orElseThrow()).isEqualTo("REQUEST");

        // F3/F10: members propose items until the deadline, three weeks before, at 16:00
        Task propose = task(Element.PROPOSE_AGENDA_ITEM, pi);
        assertThat(propose.getDueDate().toInstant()).isEqualTo(at(LocalDate.of(2027, 1, 21), 16, 0));
        assertThat(taskService.createTaskQuery().taskId(propose.getId()).taskCandidateGroup("bl-sf").count()).isOne();
        actAs("bl-aab");
        taskService.complete(propose.getId(), Map.of(Var.PROPOSAL_TITLE, "Fleksibel udlejning i Tingbjerg",
                Var.PROPOSAL_THEME, "udlejning"));
        identityService.clearAuthentication();
        process(pi).isWaitingAt(Element.PROPOSE_AGENDA_ITEM, Element.PROPOSAL_DEADLINE_PASSED, Element.CHANGE_MEETING);
        AgendaProposal proposal = proposals.forMeeting(meetingId).get(0);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.ON_TIME);
        assertThat(proposal.proposedBy()).isEqualTo("bl-aab");
        assertThat(proposal.proposedLead()).as("F7: letting is led by SOF").isEqualTo("SOF");

        moveClockTo(at(LocalDate.of(2027, 1, 21), 16, 1));
        Task prepare = task(Element.PREPARE_AGENDA, pi);
        assertThat(prepare.getDueDate().toInstant()).isEqualTo(at(LocalDate.of(2027, 1, 28), 16, 0));
        List<Map<String, Object>> draft = JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.AGENDA_ITEMS));
        assertThat(draft).extracting(i -> i.get("title"), i -> i.get("responsible"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fleksibel udlejning i Tingbjerg", "SOF"));

        List<Map<String, Object>> agenda = new ArrayList<>(draft);
        agenda.add(item("Klimatilpasning af afdelingerne", "klima", ""));
        // F5: an item without a responsible forvaltning is refused, never given one silently; F7: the refusal proposes the theme's lead
        assertThatThrownBy(() -> taskService.complete(prepare.getId(), Map.of(Var.AGENDA_ITEMS, JsonVariables.json(agenda))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Punkt 2 (Klimatilpasning af afdelingerne) skal angive en ansvarlig forvaltning")
                .hasMessageContaining("Efter kommissoriet er TMF ordførende for temaet 'klima'");
        assertThat(taskService.createTaskQuery().taskId(prepare.getId()).count()).as("the task is still open").isOne();
        assertThat(meetings.agenda(meetingId)).isEmpty();
        agenda.set(1, item("Klimatilpasning af afdelingerne", "klima", "TMF"));
        taskService.complete(prepare.getId(), Map.of(Var.AGENDA_ITEMS, JsonVariables.json(agenda)));
        executeDueJobs();
        assertThat(meetings.agenda(meetingId)).extracting(AgendaItem::title, AgendaItem::responsible).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Fleksibel udlejning i Tingbjerg", "SOF"),
                org.assertj.core.groups.Tuple.tuple("Klimatilpasning af afdelingerne", "TMF"));
        MimeMessage agendaMail = mailsTo("llo-repr@").get(1);
        assertThat(agendaMail.getSubject()).containsIgnoringCase("dagsorden");
        assertThat(body(agendaMail)).contains("Fleksibel udlejning i Tingbjerg").contains("SOF");
        assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.AGENDA_SENT);
        assertThat(meetings.get(meetingId).agendaPublishedAt()).as("only PSF publishes its agenda").isNull();
        process(pi).hasPassed(Element.AGENDA_SENT).hasNotPassed(Element.SEND_AGENDA_REMINDER, Element.SEND_AGENDA_ESCALATION);
        process(pi).isWaitingAt(Element.MEETING_HELD, Element.CHANGE_MEETING);

        moveClockTo(at(SF_DAY, 16, 1));
        process(pi).hasPassed(Element.CHANGE_WINDOW_CLOSED).isWaitingAt(Element.RECORD_MINUTES);
        Task record = task(Element.RECORD_MINUTES, pi);
        assertThat(record.getDueDate().toInstant()).isEqualTo(at(LocalDate.of(2027, 2, 18), 16, 0));
        List<Map<String, Object>> decisions = JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.DECISIONS));
        assertThat(decisions).hasSize(2);
        decisions.get(0).put("decision", "Samarbejdsforum tiltræder forslaget.");
        decisions.get(1).put("decision", "Drøftet; TMF vender tilbage.");
        taskService.complete(record.getId(), Map.of(Var.ATTENDANCE, JsonVariables.json(List.of("bl-aab", "tks-sof")),
                Var.DECISIONS, JsonVariables.json(decisions), Var.MINUTES_TEXT, "Referat af mødet i Samarbejdsforum."));
        executeDueJobs();
        MimeMessage minutesMail = mailsTo("bl-aab@").get(2);
        assertThat(minutesMail.getSubject()).containsIgnoringCase("referat");
        assertThat(body(minutesMail)).contains("Samarbejdsforum tiltræder forslaget.");
        assertThat(meetings.presentMembers(meetingId)).containsExactly("bl-aab", "tks-sof");
        Instant windowEnd = at(LocalDate.of(2027, 2, 25), 16, 0);
        assertThat(meetings.get(meetingId).commentWindowEnd()).as("F9: two weeks for comments").isEqualTo(windowEnd);
        process(pi).isWaitingAt(Element.SUBMIT_COMMENT);

        moveClockTo(windowEnd.plusSeconds(60));
        process(pi).hasPassedInOrder(Element.CLOSE_COMMENT_WINDOW, Element.FINALISE_MINUTES, Element.SEND_FINAL_MINUTES)
                .hasNotPassed(Element.INCORPORATE_COMMENTS).isEnded();
        Meeting done = meetings.get(meetingId);
        assertThat(done.status()).isEqualTo(MeetingStatus.FINAL);
        assertThat(done.minutesFinalAt()).as("F9: final without further action").isEqualTo(windowEnd.plusSeconds(60));
        assertThat(minutes.versions(meetingId)).extracting(MinutesVersion::version, MinutesVersion::isFinal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true));
        assertThat(mailsTo("bl-aab@")).hasSize(4);
        assertThat(meetings.decisions("SF")).extracting(DecisionEntry::title).contains("Fleksibel udlejning i Tingbjerg");
    }

    // --- late proposals --------------------------------------------------------------------------------------

    @Test
    void lateProposalIsKeptAndTheSecretariatAcceptsOrDefersIt() throws Exception {
        ProcessInstance pi = startMeeting("SF", SF_DAY.plusDays(7), "10:00", "Rådhuset, Udvalgsværelse 2", null);
        long meetingId = meetingId(pi);
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 1, 28), 16, 1)); // after the proposal deadline (28 Jan)
        process(pi).isWaitingAt(Element.PREPARE_AGENDA, Element.PROPOSE_AGENDA_ITEM, Element.CHANGE_MEETING);

        actAs("bl-kab");
        taskService.complete(task(Element.PROPOSE_AGENDA_ITEM, pi).getId(), Map.of(Var.PROPOSAL_TITLE, "Tryghed i opgangene",
                Var.PROPOSAL_THEME, "tryghed"));
        identityService.clearAuthentication();
        assertThat(runtimeService.getVariable(pi.getId(), Var.PROPOSAL_TITLE)).as("the form starts empty again").isNull();
        AgendaProposal late = proposals.forMeeting(meetingId).get(0);
        assertThat(late.late()).isTrue();
        assertThat(late.status()).isEqualTo(ProposalStatus.PENDING);
        ProcessInstance review = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AgendaProposalProcess.PROCESS_KEY).variableValueEquals("proposalId", late.id()).singleResult();
        executeDueJobs();
        assertThat(mailsTo("sekretaer@")).extracting(m -> body(m)).anyMatch(b -> b.contains("Tryghed i opgangene"));
        process(review).isWaitingAt(AgendaProposalProcess.REVIEW_LATE_PROPOSAL);
        Task reviewTask = task(AgendaProposalProcess.REVIEW_LATE_PROPOSAL, review);
        assertThat(taskService.createTaskQuery().taskId(reviewTask.getId()).taskCandidateGroup("sekretariat").count()).isOne();
        // F5, F7: the form proposes the theme's lead as the responsible forvaltning; the secretariat decides
        assertThat(taskService.getVariable(reviewTask.getId(), AgendaProposalProcess.VAR_RESPONSIBLE)).isEqualTo("SOF");
        actAs("sekretaer");
        assertThatThrownBy(() -> taskService.complete(reviewTask.getId(), Map.of(AgendaProposalProcess.VAR_DECISION, "accept",
                AgendaProposalProcess.VAR_RESPONSIBLE, "")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Vælg den ansvarlige forvaltning, når forslaget optages på dagsordenen.");
        assertThat(proposals.get(late.id()).status()).as("nothing recorded").isEqualTo(ProposalStatus.PENDING);
        assertThat(taskService.createTaskQuery().taskId(reviewTask.getId()).count()).as("the task is still open").isOne();
        taskService.complete(reviewTask.getId(), Map.of(AgendaProposalProcess.VAR_DECISION, "accept",
                AgendaProposalProcess.VAR_RESPONSIBLE, "BIF"));
        process(review).hasPassed(AgendaProposalProcess.REVIEWED).isEnded();
        assertThat(proposals.get(late.id()).status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.AGENDA_ITEMS)))
                .extracting(i -> i.get("title"), i -> i.get("responsible"))
                .contains(org.assertj.core.groups.Tuple.tuple("Tryghed i opgangene", "BIF"));

        // a second late proposal, through the REST path, is deferred to the forum's next meeting
        long deferredId = proposalService.submit(meetingId, new ProposalInput("Energirenovering", null, "klima", "TMF"), "tks-tmf");
        executeDueJobs();
        ProcessInstance second = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AgendaProposalProcess.PROCESS_KEY).variableValueEquals("proposalId", deferredId).singleResult();
        Task secondTask = task(AgendaProposalProcess.REVIEW_LATE_PROPOSAL, second);
        assertThatThrownBy(() -> taskService.complete(secondTask.getId(), Map.of(AgendaProposalProcess.VAR_DECISION, "maybe")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Vælg");
        taskService.complete(secondTask.getId(), Map.of(AgendaProposalProcess.VAR_DECISION, "defer",
                AgendaProposalProcess.VAR_REVIEW_NOTE, "Tages op på næste møde"));
        identityService.clearAuthentication();
        assertThat(proposals.get(deferredId).status()).isEqualTo(ProposalStatus.DEFERRED);

        ProcessInstance next = startMeeting("SF", LocalDate.of(2027, 3, 11), "14:00", null, null);
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 2, 18), 16, 1));
        assertThat(JsonVariables.objects(runtimeService.getVariable(next.getId(), Var.AGENDA_ITEMS)))
                .extracting(i -> i.get("title")).containsExactly("Energirenovering");
    }

    @Test
    void aLateProposalAcceptedOntoASentAgendaNamesTheForvaltningTheSecretariatChose() throws Exception {
        ProcessInstance pi = startMeeting("SF", SF_DAY, "14:00", null, null);
        long meetingId = meetingId(pi);
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 1, 21), 16, 1));
        taskService.complete(task(Element.PREPARE_AGENDA, pi).getId(), Map.of(Var.AGENDA_ITEMS,
                JsonVariables.json(List.of(item("Klimatilpasning af afdelingerne", "klima", "TMF")))));
        executeDueJobs();
        assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.AGENDA_SENT);

        // no theme and no forvaltning of the proposer's own: nothing to propose, and nothing is chosen silently (F5)
        long id = proposalService.submit(meetingId, new ProposalInput("Grønne gårde", null, null, null), "bl-aab");
        executeDueJobs();
        Task review = taskService.createTaskQuery().taskDefinitionKey(AgendaProposalProcess.REVIEW_LATE_PROPOSAL)
                .processVariableValueEquals(AgendaProposalProcess.VAR_PROPOSAL_ID, id).singleResult();
        assertThat(taskService.getVariable(review.getId(), AgendaProposalProcess.VAR_RESPONSIBLE)).isNull();
        actAs("sekretaer");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(AgendaProposalProcess.VAR_DECISION, "accept")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Vælg den ansvarlige forvaltning");
        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of(AgendaProposalProcess.VAR_DECISION, "accept",
                AgendaProposalProcess.VAR_RESPONSIBLE, "Vejdirektoratet")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Vælg den ansvarlige forvaltning");
        assertThat(meetings.agenda(meetingId)).extracting(AgendaItem::title).containsExactly("Klimatilpasning af afdelingerne");
        assertThat(proposals.get(id).status()).isEqualTo(ProposalStatus.PENDING);

        taskService.complete(review.getId(), Map.of(AgendaProposalProcess.VAR_DECISION, "accept",
                AgendaProposalProcess.VAR_RESPONSIBLE, "KFF"));
        identityService.clearAuthentication();
        assertThat(meetings.agenda(meetingId)).extracting(AgendaItem::title, AgendaItem::responsible).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Klimatilpasning af afdelingerne", "TMF"),
                org.assertj.core.groups.Tuple.tuple("Grønne gårde", "KFF"));
    }

    // --- overdue agenda --------------------------------------------------------------------------------------

    @Test
    void overdueAgendaRemindsTheSecretariatThenEscalatesToTheChairs() throws Exception {
        ProcessInstance pi = startMeeting("BMF", LocalDate.of(2027, 3, 18), "10:00", null, null);
        executeDueJobs();
        process(pi).hasPassed(Element.NO_PROPOSAL_CALL).isWaitingAt(Element.PREPARE_AGENDA, Element.CHANGE_MEETING);
        // F11: Borgmesterforum's standing items are on the draft
        assertThat(JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.AGENDA_ITEMS))).extracting(i -> i.get("title"))
                .containsExactly("Afrapportering fra Den Tværkommunale Styregruppe", "Status på implementering af hovedaftalen",
                        "Områdefornyelse og andre områdebaserede indsatser", "Emner til drøftelse i Partnerskabsforum",
                        "Næste møde", "Eventuelt");
        Instant deadline = at(LocalDate.of(2027, 3, 4), 16, 0); // F1: two weeks before
        assertThat(task(Element.PREPARE_AGENDA, pi).getDueDate().toInstant()).isEqualTo(deadline);

        moveClockTo(at(LocalDate.of(2027, 3, 2), 16, 1));
        process(pi).hasPassed(Element.SEND_AGENDA_REMINDER).hasNotPassed(Element.SEND_AGENDA_ESCALATION);
        assertThat(mailsTo("sekretaer@")).hasSize(1);
        assertThat(body(mailsTo("sekretaer@").get(0))).contains("dagsordenen").contains("torsdag den 4. marts 2027");
        assertThat(mailsTo("overborgmester@")).hasSize(1); // only the invitation so far

        moveClockTo(deadline.plusSeconds(60));
        process(pi).hasPassed(Element.SEND_AGENDA_ESCALATION).isWaitingAt(Element.PREPARE_AGENDA);
        for (String chair : List.of("overborgmester@", "borgmester-tmf@")) {
            MimeMessage escalation = mailsTo(chair).get(1);
            assertThat(body(escalation)).contains("dagsordenen").contains("Udarbejd dagsorden");
        }
        assertThat(mailsTo("borgmester-sof@")).as("only the chairs are told").hasSize(1);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).dueBefore(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly(Element.PREPARE_AGENDA);
    }

    // --- minutes with comments -------------------------------------------------------------------------------

    @Test
    void minutesWithCommentsAreIncorporatedAndMailedAsFinal() throws Exception {
        LocalDate day = LocalDate.of(2027, 1, 28); // TKS: two weeks' notice
        ProcessInstance pi = startMeeting("TKS", day, "09:00", null, null);
        long meetingId = meetingId(pi);
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 1, 18), 16, 1)); // proposal deadline 10 days before
        assertThat(task(Element.PREPARE_AGENDA, pi).getDueDate().toInstant()).as("F6: one week before")
                .isEqualTo(at(LocalDate.of(2027, 1, 21), 16, 0));
        List<Map<String, Object>> agenda = List.of(item("Status på helhedsplaner", "boligsocial", "SOF"));
        taskService.complete(task(Element.PREPARE_AGENDA, pi).getId(), Map.of(Var.AGENDA_ITEMS, JsonVariables.json(agenda)));
        executeDueJobs();
        moveClockTo(at(day, 11, 1));
        process(pi).isWaitingAt(Element.RECORD_MINUTES);

        // the minutes are late: reminder to the secretariat, then escalation to the chair (F9: one week)
        moveClockTo(at(LocalDate.of(2027, 2, 2), 16, 1));
        process(pi).hasPassed(Element.SEND_MINUTES_REMINDER);
        moveClockTo(at(LocalDate.of(2027, 2, 4), 16, 1));
        process(pi).hasPassed(Element.SEND_MINUTES_ESCALATION).isWaitingAt(Element.RECORD_MINUTES);
        assertThat(mailsTo("tks-tmf@")).extracting(m -> body(m)).anyMatch(b -> b.contains("referatet"));

        Task record = task(Element.RECORD_MINUTES, pi);
        List<Map<String, Object>> decisions = JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.DECISIONS));
        Map<String, Object> vars = new HashMap<>(Map.of(Var.ATTENDANCE, JsonVariables.json(List.of("tks-sof")),
                Var.DECISIONS, JsonVariables.json(decisions), Var.MINUTES_TEXT, "Referat v1"));
        assertThatThrownBy(() -> taskService.complete(record.getId(), vars))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("mangler en beslutning");
        assertThat(minutes.versions(meetingId)).as("nothing half-written").isEmpty();
        decisions.get(0).put("decision", "Taget til efterretning.");
        vars.put(Var.DECISIONS, JsonVariables.json(decisions));
        taskService.complete(record.getId(), vars);
        executeDueJobs();
        Instant windowEnd = meetings.get(meetingId).commentWindowEnd();
        assertThat(windowEnd).isEqualTo(at(LocalDate.of(2027, 2, 18), 16, 0));

        actAs("tks-sof");
        taskService.complete(task(Element.SUBMIT_COMMENT, pi).getId(), Map.of(Var.COMMENT_TEXT, "SOF ønsker punkt 1 præciseret."));
        identityService.clearAuthentication();
        commentService.submit(meetingId, "tks-buf", "BUF har ingen bemærkninger ud over SOF's.");
        process(pi).isWaitingAt(Element.SUBMIT_COMMENT);

        moveClockTo(windowEnd.plusSeconds(1));
        assertThatThrownBy(() -> commentService.submit(meetingId, "tks-sof", "For sent"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Fristen for bemærkninger");
        process(pi).isWaitingAt(Element.INCORPORATE_COMMENTS);
        assertThat((String) runtimeService.getVariable(pi.getId(), Var.COMMENTS_TEXT))
                .contains("tks-sof").contains("SOF ønsker punkt 1 præciseret.").contains("tks-buf");
        assertThat(minutes.comments(meetingId)).hasSize(2);
        taskService.complete(task(Element.INCORPORATE_COMMENTS, pi).getId(), Map.of(Var.FINAL_MINUTES_TEXT, "Referat v2, præciseret"));
        executeDueJobs();
        process(pi).hasPassed(Element.MINUTES_FINAL).isEnded();
        assertThat(minutes.versions(meetingId)).extracting(MinutesVersion::version, MinutesVersion::isFinal, MinutesVersion::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false, "Referat v1"),
                        org.assertj.core.groups.Tuple.tuple(2, true, "Referat v2, præciseret"));
        assertThat(meetings.get(meetingId).minutesFinalAt()).isNotNull();
        List<MimeMessage> toBuf = mailsTo("tks-buf@");
        assertThat(body(toBuf.get(toBuf.size() - 1))).contains("Referat v2, præciseret");
    }

    // --- cancel and move -------------------------------------------------------------------------------------

    @Test
    void cancelledMeetingTellsMembersAndEndsEveryBranch() throws Exception {
        ProcessInstance pi = startMeeting("SF", SF_DAY, "14:00", null, null);
        long meetingId = meetingId(pi);
        executeDueJobs();
        actAs("sekretaer");
        Task change = task(Element.CHANGE_MEETING, pi);
        assertThatThrownBy(() -> taskService.complete(change.getId(), Map.of(Var.CHANGE_ACTION, "cancel")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("begrundelse");
        taskService.complete(change.getId(), Map.of(Var.CHANGE_ACTION, "cancel", Var.CHANGE_REASON, "Sammenfald med budgetforhandlingerne"));
        identityService.clearAuthentication();
        executeDueJobs();
        process(pi).hasPassed(Element.MEETING_CANCELLED).isEnded();
        assertThat(meetings.get(meetingId).status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meetings.changes(meetingId)).extracting(MeetingChange::kind, MeetingChange::reason, MeetingChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CANCELLED", "Sammenfald med budgetforhandlingerne", "sekretaer"));
        MimeMessage cancellation = mailsTo("bl-vibo@").get(1);
        assertThat(body(cancellation)).contains("Sammenfald med budgetforhandlingerne");
        Calendar ics = calendarOf(cancellation);
        assertThat(ics.getProperty("METHOD").map(p -> ((Property) p).getValue()).orElseThrow()).isEqualTo("CANCEL");
        assertThatThrownBy(() -> proposalService.submit(meetingId, new ProposalInput("Sent", null, null, null), "bl-vibo"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("aflyst");
    }

    @Test
    void movedMeetingTakesEveryDeadlineTimerAndDueDateAlong() throws Exception {
        ProcessInstance pi = startMeeting("SF", SF_DAY, "14:00", null, null);
        long meetingId = meetingId(pi);
        executeDueJobs();
        actAs("sekretaer");
        Task change = task(Element.CHANGE_MEETING, pi);
        assertThatThrownBy(() -> taskService.complete(change.getId(), Map.of(Var.CHANGE_ACTION, "move",
                Var.NEW_MEETING_DATE, "2026-12-01", Var.NEW_MEETING_TIME, "10:00", Var.CHANGE_REASON, "x")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("fortiden");
        assertThat(meetings.get(meetingId).startsAt()).as("unchanged").isEqualTo(at(SF_DAY, 14, 0));

        taskService.complete(change.getId(), Map.of(Var.CHANGE_ACTION, "move", Var.NEW_MEETING_DATE, "2027-03-11",
                Var.NEW_MEETING_TIME, "13:00", Var.NEW_MEETING_LOCATION, "Rådhuset", Var.CHANGE_REASON, "Formanden er forhindret"));
        identityService.clearAuthentication();
        executeDueJobs();
        Meeting moved = meetings.get(meetingId);
        assertThat(moved.startsAt()).isEqualTo(at(LocalDate.of(2027, 3, 11), 13, 0));
        assertThat(moved.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 2, 25), 16, 0));
        assertThat(moved.icsSequence()).isEqualTo(1);
        Instant newProposalDeadline = at(LocalDate.of(2027, 2, 18), 16, 0);
        assertThat(task(Element.PROPOSE_AGENDA_ITEM, pi).getDueDate().toInstant()).isEqualTo(newProposalDeadline);
        Job proposalTimer = managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(Element.PROPOSAL_DEADLINE_PASSED).singleResult();
        assertThat(proposalTimer.getDuedate().toInstant()).isEqualTo(newProposalDeadline);
        Job meetingStarts = managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(Element.MEETING_STARTS).singleResult();
        assertThat(meetingStarts.getDuedate().toInstant()).isEqualTo(moved.startsAt());
        assertThat(runtimeService.getVariable(pi.getId(), Var.CHANGE_REASON)).as("the change form starts empty again").isNull();

        MimeMessage notice = mailsTo("bl-formand@").get(1);
        assertThat(body(notice)).contains("Formanden er forhindret").contains("torsdag den 11. marts 2027")
                .contains("torsdag den 11. februar 2027");
        Calendar moved2 = calendarOf(notice);
        assertThat(eventProperty(moved2, "SEQUENCE")).isEqualTo("1");
        assertThat(startOf(moved2)).isEqualTo(at(LocalDate.of(2027, 3, 11), 13, 0));

        // the old proposal deadline passes without effect: the call for proposals is still open
        moveClockTo(at(LocalDate.of(2027, 1, 21), 16, 1));
        process(pi).isWaitingAt(Element.PROPOSE_AGENDA_ITEM, Element.PROPOSAL_DEADLINE_PASSED, Element.CHANGE_MEETING);
        moveClockTo(newProposalDeadline.plusSeconds(60));
        process(pi).isWaitingAt(Element.PREPARE_AGENDA);
    }

    @Test
    void movedMeetingRenamesEveryOpenTaskIncludingALateProposalsReview() throws Exception {
        ProcessInstance pi = startMeeting("SF", SF_DAY, "14:00", null, null);
        long meetingId = meetingId(pi);
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 1, 21), 16, 1)); // after the proposal deadline
        proposalService.submit(meetingId, new ProposalInput("Tryghed i opgangene", null, "tryghed", "SOF"), "bl-aab");
        executeDueJobs();
        String oldName = "Samarbejdsforum torsdag den 11. februar 2027";
        assertThat(openTaskNames(meetingId)).hasSize(4).allMatch(name -> name.endsWith(oldName))
                .anyMatch(name -> name.startsWith("Behandl forslag modtaget efter fristen"));

        actAs("sekretaer");
        taskService.complete(task(Element.CHANGE_MEETING, pi).getId(), Map.of(Var.CHANGE_ACTION, "move",
                Var.NEW_MEETING_DATE, "2027-03-11", Var.NEW_MEETING_TIME, "13:00", Var.CHANGE_REASON, "Formanden er forhindret"));
        identityService.clearAuthentication();
        executeDueJobs(); // the move notice; then the change task is open again

        String newName = "Samarbejdsforum torsdag den 11. marts 2027";
        assertThat(openTaskNames(meetingId)).containsExactlyInAnyOrder(
                "Foreslå punkt til dagsordenen: " + newName,
                "Udarbejd dagsorden: " + newName,
                "Flyt eller aflys mødet: " + newName,
                "Behandl forslag modtaget efter fristen: " + newName);
        assertThat(task(Element.PREPARE_AGENDA, pi).getDueDate().toInstant()).isEqualTo(at(LocalDate.of(2027, 2, 25), 16, 0));
        Task review = taskService.createTaskQuery().taskDefinitionKey(AgendaProposalProcess.REVIEW_LATE_PROPOSAL)
                .processVariableValueEquals(Var.MEETING_ID, meetingId).singleResult();
        assertThat(review.getDueDate().toInstant()).as("due by the meeting's new start").isEqualTo(at(LocalDate.of(2027, 3, 11), 13, 0));
        assertThat(runtimeService.getVariable(review.getProcessInstanceId(), Var.MEETING_DATE_TEXT)).isEqualTo("torsdag den 11. marts 2027");
        // a task created after the move carries the new date too
        actAs("bl-aab");
        taskService.complete(task(Element.PROPOSE_AGENDA_ITEM, pi).getId(), Map.of(Var.PROPOSAL_TITLE, "Grønne gårde"));
        identityService.clearAuthentication();
        assertThat(task(Element.PROPOSE_AGENDA_ITEM, pi).getName()).isEqualTo("Foreslå punkt til dagsordenen: " + newName);

        // the move notice points members to their open proposal task; once the agenda is sent they have none
        assertThat(asRead(mailsTo("bl-aab@").get(1))).contains("Nyt tidspunkt: torsdag den 11. marts 2027")
                .contains("under opgaven \"Foreslå punkt til dagsordenen\" senest torsdag den 18. februar 2027 kl. 16:00: "
                        + "http://localhost:8080/camunda/app/tasklist/");
        taskService.complete(task(Element.PREPARE_AGENDA, pi).getId(), Map.of(Var.AGENDA_ITEMS,
                JsonVariables.json(List.of(item("Grønne gårde", "klima", "TMF")))));
        executeDueJobs();
        actAs("sekretaer");
        taskService.complete(task(Element.CHANGE_MEETING, pi).getId(), Map.of(Var.CHANGE_ACTION, "move",
                Var.NEW_MEETING_DATE, "2027-03-18", Var.NEW_MEETING_TIME, "13:00", Var.CHANGE_REASON, "Lokalet er optaget"));
        identityService.clearAuthentication();
        executeDueJobs();
        List<MimeMessage> toMember = mailsTo("bl-aab@");
        assertThat(asRead(toMember.get(toMember.size() - 1))).contains("Nyt tidspunkt: torsdag den 18. marts 2027")
                .doesNotContain("Tasklist");
    }

    /** The mail's text as a member reads it (SMTP delivers CRLF line ends). */
    private static String asRead(MimeMessage mail) {
        return body(mail).replace("\r\n", "\n");
    }

    private List<String> openTaskNames(long meetingId) {
        return taskService.createTaskQuery().processVariableValueEquals(Var.MEETING_ID, meetingId).list().stream()
                .map(Task::getName).toList();
    }

    // --- Partnerskabsforum: notice, publication, holidays ----------------------------------------------------

    @Test
    void partnerskabsforumIsCalledFourMonthsAheadPublishesItsAgendaAndSkipsHolidays() throws Exception {
        int before = meetingCount();
        assertThatThrownBy(() -> startMeeting("PSF", LocalDate.of(2027, 3, 4), "14:00", null, null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("4 måneder")
                .hasMessageContaining("tidligst ligge tirsdag den 4. maj 2027");
        assertThat(meetingCount()).isEqualTo(before);

        ProcessInstance pi = startMeeting("PSF", LocalDate.of(2027, 5, 20), "14:00", null, null);
        long meetingId = meetingId(pi);
        Meeting meeting = meetings.get(meetingId);
        // two weeks before 20 May is Ascension Day (6 May 2027): the deadline moves to the working day before
        assertThat(meeting.agendaDeadline()).isEqualTo(at(LocalDate.of(2027, 5, 5), 16, 0));
        assertThat(meeting.proposalDeadline()).isEqualTo(at(LocalDate.of(2027, 4, 29), 16, 0));
        executeDueJobs();
        assertThat(mailsTo("bl-fsb@")).hasSize(1);
        assertThat(mailsTo("bl-aab@")).as("bl-aab sits in Samarbejdsforum only").isEmpty();

        moveClockTo(meeting.proposalDeadline().plusSeconds(60));
        List<Map<String, Object>> draft = JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.AGENDA_ITEMS));
        assertThat(draft).extracting(i -> i.get("title")).containsExactly("Status på elementerne i hovedaftalen",
                "Beslutning om justering af hovedaftalens politiske prioriteringer",
                "De områdebaserede indsatser i de almene boligområder");
        taskService.complete(task(Element.PREPARE_AGENDA, pi).getId(), Map.of(Var.AGENDA_ITEMS, JsonVariables.json(draft)));
        executeDueJobs();
        assertThat(meetings.get(meetingId).agendaPublishedAt()).as("F4: published").isNotNull();
        assertThat(body(mailsTo("bl-fsb@").get(1))).contains("hjemmeside");
    }

    // --- bad input -------------------------------------------------------------------------------------------

    @Test
    void badInputIsRefusedWhereItWasTypedAndNothingIsRecorded() throws Exception {
        int before = meetingCount();
        assertThatThrownBy(() -> startMeeting("SF", LocalDate.of(2026, 12, 1), "14:00", null, null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("fortiden");
        assertThatThrownBy(() -> startMeeting("XYZ", SF_DAY, "14:00", null, null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Ukendt forum");
        assertThatThrownBy(() -> startMeeting("SF", SF_DAY, null, null, null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("starttidspunkt");
        assertThatThrownBy(() -> startMeeting("SF", SF_DAY, "25:99", null, null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("klokkeslæt");
        assertThatThrownBy(() -> startMeeting("SF", LocalDate.of(2027, 1, 14), "14:00", null, null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("begrundelse");
        assertThat(meetingCount()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingCycle.PROCESS_KEY)
                .variableValueEquals(Var.MEETING_DATE, "2027-01-14").count()).isZero();

        // an extraordinary meeting inside the notice period is allowed with a stated reason, which is recorded
        ProcessInstance extraordinary = startMeeting("SF", LocalDate.of(2027, 1, 14), "14:00", null, "Akut sag om genhusning");
        long id = meetingId(extraordinary);
        assertThat(meetings.get(id).extraordinaryReason()).isEqualTo("Akut sag om genhusning");
        assertThat(meetings.get(id).proposalDeadline()).as("the proposal deadline has passed: no call").isNull();
        executeDueJobs();
        assertThat(body(mailsTo("llo-repr@").get(0))).contains("Akut sag om genhusning");
        process(extraordinary).hasPassed(Element.NO_PROPOSAL_CALL).isWaitingAt(Element.PREPARE_AGENDA, Element.CHANGE_MEETING);

        Task prepare = task(Element.PREPARE_AGENDA, extraordinary);
        assertThatThrownBy(() -> taskService.complete(prepare.getId(), Map.of(Var.AGENDA_ITEMS,
                JsonVariables.json(List.of(item(" ", null, "SOF"))))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Punkt 1").hasMessageContaining("titel");
        assertThatThrownBy(() -> taskService.complete(prepare.getId(), Map.of(Var.AGENDA_ITEMS, JsonVariables.json(List.of()))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ingen punkter");
        assertThatThrownBy(() -> taskService.complete(prepare.getId(), Map.of(Var.AGENDA_ITEMS,
                JsonVariables.json(List.of(item("Eventuelt", null, " "))))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Punkt 1 (Eventuelt) skal angive en ansvarlig forvaltning.");
        assertThatThrownBy(() -> taskService.complete(prepare.getId(), Map.of(Var.AGENDA_ITEMS,
                JsonVariables.json(List.of(item("Grønne gårde", "groenne-gaarde", "TMF"))))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("Punkt 1: ukendt tema 'groenne-gaarde'. Kendte temaer: udlejning, aeldreboliger");
        assertThat(taskService.createTaskQuery().taskId(prepare.getId()).count()).as("the task is still open").isOne();
        assertThat(meetings.agenda(id)).isEmpty();

        assertThatThrownBy(() -> proposalService.submit(id, new ProposalInput("", null, null, null), "bl-aab"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("titel");
        assertThatThrownBy(() -> proposalService.submit(id, new ProposalInput("Punkt", null, null, "XYZ"), "bl-aab"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Ukendt forvaltning");
        assertThatThrownBy(() -> proposalService.submit(id, new ProposalInput("Punkt", null, "groenne-gaarde", null), "bl-aab"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Ukendt tema: 'groenne-gaarde'");
        assertThatThrownBy(() -> proposalService.submit(id, new ProposalInput("Punkt", null, null, null), "borgmester-kff"))
                .isInstanceOf(dk.kk.almenstyring.common.NotAMemberException.class);
        assertThatThrownBy(() -> commentService.submit(id, "bl-aab", "Bemærkning før referatet"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ikke udsendt");
        assertThat(proposals.forMeeting(id)).isEmpty();
    }

    // --- what the mails say ------------------------------------------------------------------------------------

    @Test
    void mailsCarryTheAgendaTheAttendanceEachDecisionAndAnAgreementsOutcome() throws Exception {
        LocalDate day = LocalDate.of(2027, 1, 28); // TKS: two weeks' notice, seven members
        agendaRequests.request("TKS", "Udkast til delaftale om udlejning", "Forhandlet i arbejdsgruppen", "SOF", null,
                "no-process-waits");
        ProcessInstance pi = startMeeting("TKS", day, "09:00", null, null);
        long meetingId = meetingId(pi);
        executeDueJobs();
        String invitation = asRead(mailsTo("tks-okf@").get(0));
        assertThat(invitation).as("TKS calls for proposals: the member has the task")
                .contains("under opgaven \"Foreslå punkt til dagsordenen\" senest mandag den 18. januar 2027 kl. 16:00: "
                        + "http://localhost:8080/camunda/app/tasklist/");

        moveClockTo(at(LocalDate.of(2027, 1, 18), 16, 1));
        List<Map<String, Object>> agenda = new ArrayList<>(JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.AGENDA_ITEMS)));
        Map<String, Object> status = item("Status på helhedsplaner", "boligsocial", "BIF");
        status.put("description", "Orientering ved BIF");
        agenda.add(status);
        taskService.complete(task(Element.PREPARE_AGENDA, pi).getId(), Map.of(Var.AGENDA_ITEMS, JsonVariables.json(agenda)));
        executeDueJobs();
        String agendaMail = asRead(mailsTo("tks-okf@").get(1));
        assertThat(agendaMail)
                .contains("1. Udkast til delaftale om udlejning\n    Ansvarlig: SOF\n    Forhandlet i arbejdsgruppen\n")
                .contains("2. Status på helhedsplaner\n    Ansvarlig: BIF\n    Orientering ved BIF\n")
                .as("a member has no screen for the agenda").doesNotContain("Tasklist").doesNotContain("http");

        moveClockTo(at(day, 11, 1));
        List<Map<String, Object>> decisions = JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.DECISIONS));
        decisions.get(0).put("decision", "TKS anbefaler udkastet.");
        decisions.get(0).put("outcome", "AGREED");
        decisions.get(1).put("decision", "Taget til efterretning.");
        taskService.complete(task(Element.RECORD_MINUTES, pi).getId(), Map.of(
                Var.ATTENDANCE, JsonVariables.json(List.of("tks-tmf", "tks-sof")),
                Var.DECISIONS, JsonVariables.json(decisions), Var.MINUTES_TEXT, "Formanden bød velkommen."));
        executeDueJobs();
        String minutesMail = asRead(mailsTo("tks-okf@").get(2));
        assertThat(minutesMail)
                .contains("Til stede:\n- Camilla Friis\n- Henrik Bach\n\n")
                .contains("Fraværende:\n- Ida Vestergaard\n- Morten Skovby\n- Nadia Holst\n- Rasmus Lind\n- Thomas Krogh\n")
                .contains("REFERAT\n\nFormanden bød velkommen.\n")
                .contains("1. Udkast til delaftale om udlejning\n    Beslutning: TKS anbefaler udkastet.\n"
                        + "    Udfald: Enighed om aftalen\n\n2.")
                .contains("2. Status på helhedsplaner\n    Beslutning: Taget til efterretning.\n\n")
                .contains("under opgaven \"Bemærkninger til referatet\" senest torsdag den 11. februar 2027 kl. 16:00");
        assertThat(taskService.createTaskQuery().taskDefinitionKey(Element.SUBMIT_COMMENT).processInstanceId(pi.getId())
                .taskCandidateGroup("tks").count()).as("the member really has that task").isOne();

        moveClockTo(meetings.get(meetingId).commentWindowEnd().plusSeconds(60));
        process(pi).isEnded();
        String finalMail = asRead(mailsTo("tks-okf@").get(3));
        assertThat(finalMail)
                .contains("ENDELIGT REFERAT\n\nFormanden bød velkommen.\n")
                .contains("Til stede:\n- Camilla Friis\n- Henrik Bach\n")
                .contains("1. Udkast til delaftale om udlejning\n    Beslutning: TKS anbefaler udkastet.\n"
                        + "    Udfald: Enighed om aftalen\n")
                .contains("2. Status på helhedsplaner\n    Beslutning: Taget til efterretning.\n")
                .as("nothing is left to do in Tasklist").doesNotContain("Tasklist");
    }

    // --- meeting days: weekends, public holidays and closing days need a reason -----------------------------

    @Test
    void aMeetingOnAWeekendAHolidayOrAClosingDayNeedsAReasonWhichIsRecorded() throws Exception {
        int before = meetingCount();
        assertThatThrownBy(() -> startMeeting("SF", LocalDate.of(2027, 3, 26), "10:00", null, null))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Langfredag (26. marts 2027) er en helligdag. "
                        + "Angiv en begrundelse, hvis mødet alligevel skal holdes den dag.");
        assertThatThrownBy(() -> startMeeting("SF", LocalDate.of(2027, 2, 14), "10:00", null, null))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("Søndag den 14. februar 2027 er en weekenddag. Angiv en begrundelse");
        assertThatThrownBy(() -> startMeeting("SF", LocalDate.of(2027, 12, 24), "10:00", null, null))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("Juleaftensdag (24. december 2027) er en lukkedag");
        assertThatThrownBy(() -> startMeeting("PSF", LocalDate.of(2029, 6, 5), "10:00", null, "  "))
                .as("a blank reason is no reason")
                .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("Grundlovsdag (5. juni 2029)");
        assertThat(meetingCount()).as("nothing recorded").isEqualTo(before);

        // the day before Juleaftensdag and an ordinary Friday need no reason
        assertThat(meetings.get(meetingId(startMeeting("SF", LocalDate.of(2027, 12, 23), "10:00", null, null)))
                .extraordinaryReason()).isNull();
        ProcessInstance goodFriday = startMeeting("SF", LocalDate.of(2027, 3, 26), "10:00", null,
                "Eneste dag før fristen for høringssvar");
        Meeting held = meetings.get(meetingId(goodFriday));
        assertThat(held.startsAt()).isEqualTo(at(LocalDate.of(2027, 3, 26), 10, 0));
        assertThat(held.extraordinaryReason()).isEqualTo("Eneste dag før fristen for høringssvar");
        executeDueJobs();
        assertThat(mailsTo("bl-aab@")).extracting(m -> body(m))
                .anyMatch(b -> b.contains("Eneste dag før fristen for høringssvar") && b.contains("fredag den 26. marts 2027"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private ProcessInstance startMeeting(String forum, LocalDate day, String time, String location, String reason) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.FORUM_KEY, forum);
        vars.put(Var.MEETING_DATE, day.toString());
        vars.put(Var.MEETING_TIME, time);
        vars.put(Var.MEETING_LOCATION, location);
        vars.put(Var.EXTRAORDINARY_REASON, reason);
        actAs("sekretaer");
        try {
            return runtimeService.startProcessInstanceByKey(MeetingCycle.PROCESS_KEY, vars);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private long meetingId(ProcessInstance pi) {
        return (Long) runtimeService.getVariable(pi.getId(), Var.MEETING_ID);
    }

    private int meetingCount() {
        return jdbc.sql("select count(*) from meeting").query(Integer.class).single();
    }

    private static Map<String, Object> item(String title, String theme, String responsible) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", title);
        item.put("description", "");
        item.put("theme", theme);
        item.put("responsible", responsible);
        return item;
    }

    private static ProcessInstanceAssert process(ProcessInstance pi) {
        return BpmnAwareTests.assertThat(pi);
    }
}
