package dk.kk.almenstyring.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.agreement.AgreementApproval;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.approval.AgreementApprovalProcess.Element;
import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import dk.kk.almenstyring.approval.AgreementFixtures.Owned;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A2: every path through agreement-approval, started as the hovedaftale and delaftale processes call it. */
class AgreementApprovalProcessTest extends ProcessTestSupport {

    /** Requested Monday 4 January 2027 (TODAY): due eight weeks later, Monday 1 March 2027 at 16:00. */
    static final Instant DUE = at(LocalDate.of(2027, 3, 1), 16, 0);
    /** Five working days before. */
    static final Instant REMINDER = at(LocalDate.of(2027, 2, 22), 16, 0);

    @Autowired
    AgreementRegister agreements;
    @Autowired
    HistoryService historyService;

    @Test
    void bothBodiesApproveWithDateAndCaseReference() throws Exception {
        Owned agreement = AgreementFixtures.hovedaftale(agreements, "Hovedaftale 2027–2030");
        ProcessInstance pi = startApproval(agreement, 1);
        process(pi).isWaitingAt(Element.APPROVE_BR, Element.APPROVE_BL);
        Task br = task(Element.APPROVE_BR, pi);
        Task bl = task(Element.APPROVE_BL, pi);
        assertThat(br.getName()).isEqualTo("Registrér BR's godkendelse: Hovedaftale 2027–2030");
        assertThat(br.getDueDate().toInstant()).isEqualTo(DUE);
        assertThat(bl.getDueDate().toInstant()).isEqualTo(DUE);
        assertThat(taskService.createTaskQuery().taskId(br.getId()).taskCandidateGroup("br-sekretariat").count()).isOne();
        assertThat(taskService.createTaskQuery().taskId(bl.getId()).taskCandidateGroup("bl-sekretariat").count()).isOne();
        assertThat(taskService.getVariable(br.getId(), Var.APPROVAL_BODY.getName())).isEqualTo("BR");
        assertThat(taskService.getVariable(bl.getId(), Var.APPROVAL_BODY.getName())).isEqualTo("BL");

        assertThat((String) taskService.getVariable(bl.getId(), Var.AGREEMENT_SUMMARY.getName())).as("for the form")
                .contains("**Temaer:** Udlejning; tryghed")
                .contains("- Kortere venteliste – succeskriterium: Ventelisten under 2 år i 2030")
                .contains("Bilag: Baggrundsnotat (reference 2027-0012345)");

        // both secretariats are asked at once, with what they decide on, the deadline and the task
        executeDueJobs();
        MimeMessage request = single(mailsTo("bl-sekretaer@"));
        assertThat(request.getSubject()).isEqualTo("Anmodning om godkendelse i BL's 1. kreds: \"Hovedaftale 2027–2030\"");
        assertThat(body(request)).contains("(version 1)").contains("mandag den 1. marts 2027 kl. 16:00")
                .contains("\"Registrér BL's godkendelse: Hovedaftale 2027–2030\"").contains("/camunda/app/tasklist/")
                .contains("Udlejning; tryghed").contains("- Kortere venteliste").contains("Succeskriterium: Ventelisten under 2 år i 2030")
                .contains("Aftaletekst").contains("Bilag: Baggrundsnotat (reference 2027-0012345)");
        assertThat(single(mailsTo("br-sekretaer@")).getSubject())
                .isEqualTo("Anmodning om godkendelse i Borgerrepræsentationen: \"Hovedaftale 2027–2030\"");
        assertThat(SMTP.getReceivedMessages()).as("one request to each secretariat").hasSize(2);

        moveClockTo(at(LocalDate.of(2027, 2, 3), 10, 0));
        decide("br-sekretaer", br, "APPROVED", "2027-02-02", "BR 2027-0012", null);
        process(pi).isWaitingAt(Element.APPROVE_BL).hasPassed(Element.BR_APPROVED);
        assertThat(taskService.getVariable(bl.getId(), Var.APPROVAL_DECISION.getName())).as("BR's answer is not BL's").isNull();
        decide("bl-sekretaer", bl, "APPROVED", "2027-02-03", "BL-1K 27/04", null);

        process(pi).hasPassedInOrder(Element.PREPARE_APPROVAL, Element.CONCLUDE, Element.APPROVED_END)
                .hasPassed(Element.BR_APPROVED, Element.BL_APPROVED)
                .hasNotPassed(Element.SEND_BR_REMINDER, Element.SEND_BR_ESCALATION, Element.REJECTED_END).isEnded();
        assertThat(outVariables(pi)).containsEntry(Var.APPROVAL_OUTCOME.getName(), "APPROVED")
                .containsEntry(Var.REJECTED_BY.getName(), null).containsEntry(Var.REJECTION_REASON.getName(), null);
        assertThat(agreements.approvals(agreement.id()))
                .extracting(AgreementApproval::body, AgreementApproval::decision, AgreementApproval::decidedOn,
                        AgreementApproval::caseReference, AgreementApproval::registeredBy)
                .containsExactly(tuple("BR", "APPROVED", LocalDate.of(2027, 2, 2), "BR 2027-0012", "br-sekretaer"),
                        tuple("BL", "APPROVED", LocalDate.of(2027, 2, 3), "BL-1K 27/04", "bl-sekretaer"));
        assertThat(subjects()).as("decided in time: no reminder").noneMatch(s -> s.startsWith("Påmindelse"));
    }

    @Test
    void brRejectsAndBlNeedNotDecide() throws Exception {
        Owned agreement = AgreementFixtures.hovedaftale(agreements, "Hovedaftale 2027–2030");
        ProcessInstance pi = startApproval(agreement, 1);

        decide("br-sekretaer", task(Element.APPROVE_BR, pi), "REJECTED", "2027-01-04", "BR 2027-0099",
                "Målene for ventelisten er ikke ambitiøse nok.");
        executeDueJobs();

        process(pi).hasPassed(Element.BR_REJECTED, Element.AGREEMENT_REJECTED, Element.REJECTED_END)
                .hasNotPassed(Element.RECORD_BL, Element.APPROVED_END).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).as("BL's task ends too").isZero();
        assertThat(outVariables(pi)).containsEntry(Var.APPROVAL_OUTCOME.getName(), "REJECTED").containsEntry(Var.REJECTED_BY.getName(), "BR")
                .containsEntry(Var.REJECTION_REASON.getName(), "Målene for ventelisten er ikke ambitiøse nok.");
        assertThat(agreements.approvals(agreement.id())).extracting(AgreementApproval::body, AgreementApproval::decision,
                AgreementApproval::reason).containsExactly(tuple("BR", "REJECTED", "Målene for ventelisten er ikke ambitiøse nok."));

        // Partnerskabsforum's members (who negotiate a hovedaftale) and the secretariat are told, with the reason
        for (String member : List.of("bl-fsb@", "bl-formand@", "overborgmester@", "<sekretaer@")) {
            MimeMessage rejection = single(mailsTo(member).stream()
                    .filter(m -> subject(m).equals("Borgerrepræsentationen har ikke godkendt \"Hovedaftale 2027–2030\"")).toList());
            assertThat(body(rejection)).as(member).contains("Begrundelse: Målene for ventelisten er ikke ambitiøse nok.")
                    .contains("forelægges Partnerskabsforum");
        }
        assertThat(mailsTo("bl-aab@")).as("Samarbejdsforum only: does not negotiate the hovedaftale").isEmpty();
    }

    @Test
    void blRejectsAfterBrApproved() {
        Owned agreement = AgreementFixtures.hovedaftale(agreements, "Delaftale om udlejning");
        agreements.addVersion(agreement.id(), new dk.kk.almenstyring.agreement.AgreementContent("Udlejning", List.of(),
                "Genforhandlet tekst", List.of()), "Genforhandlet", agreement.owner(), "sekretaer");
        ProcessInstance pi = startApproval(agreement, 2);

        decide("br-sekretaer", task(Element.APPROVE_BR, pi), "APPROVED", "2027-01-04", "BR 2027-0100", null);
        decide("bl-sekretaer", task(Element.APPROVE_BL, pi), "REJECTED", "2027-01-04", "BL-1K 27/09",
                "Fleksibel udlejning skal omfatte flere afdelinger.");
        executeDueJobs();

        process(pi).hasPassed(Element.BR_APPROVED, Element.BL_REJECTED, Element.REJECTED_END).isEnded();
        assertThat(outVariables(pi)).containsEntry(Var.APPROVAL_OUTCOME.getName(), "REJECTED").containsEntry(Var.REJECTED_BY.getName(), "BL")
                .containsEntry(Var.REJECTION_REASON.getName(), "Fleksibel udlejning skal omfatte flere afdelinger.");
        assertThat(agreements.approvals(agreement.id())).extracting(AgreementApproval::version, AgreementApproval::body,
                AgreementApproval::decision).containsExactly(tuple(2, "BR", "APPROVED"), tuple(2, "BL", "REJECTED"));
    }

    @Test
    void badDecisionsAreRefusedAtTheFormAndTheTaskStaysOpen() {
        Owned agreement = AgreementFixtures.hovedaftale(agreements, "Hovedaftale 2027–2030");
        assertThatThrownBy(() -> startApproval(new Owned(agreement.id(), "someone-else"), 1))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("sin egen proces");
        assertThatThrownBy(() -> startApproval(agreement, 7))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ingen version 7");
        ProcessInstance pi = startApproval(agreement, 1);
        Task br = task(Element.APPROVE_BR, pi);

        assertRefused(br, null, "2027-01-04", "BR 1", null, "godkendt eller afvist");
        assertRefused(br, "APPROVED", null, "BR 1", null, "Angiv datoen");
        assertRefused(br, "APPROVED", "", "BR 1", null, "Angiv datoen");
        assertRefused(br, "APPROVED", "4. januar", "BR 1", null, "ikke en gyldig dato");
        assertRefused(br, "APPROVED", "2027-01-05", "BR 1", null, "fremtiden");
        assertRefused(br, "APPROVED", "2027-01-04", " ", null, "sagsnummeret");
        assertRefused(br, "REJECTED", "2027-01-04", "BR 1", "", "begrundelsen");
        assertThat(agreements.approvals(agreement.id())).as("the register is unchanged").isEmpty();
        process(pi).isWaitingAt(Element.APPROVE_BR, Element.APPROVE_BL);

        // the same version sent for approval twice: BR has decided it in the first round already
        ProcessInstance second = startApproval(agreement, 1);
        decide("br-sekretaer", br, "APPROVED", "2027-01-04", "BR 1", null);
        Task again = task(Element.APPROVE_BR, second);
        assertRefused(again, "REJECTED", "2027-01-04", "BR 2", "Fortrudt", "BR har allerede truffet beslutning om version 1");
        assertThat(agreements.approvals(agreement.id())).extracting(AgreementApproval::caseReference).containsExactly("BR 1");
        process(second).isWaitingAt(Element.APPROVE_BR, Element.APPROVE_BL);
    }

    @Test
    void wronglyTypedValuesAreRefusedInDanishNamingTheFieldAndNothingIsRecorded() {
        Owned agreement = AgreementFixtures.hovedaftale(agreements, "Hovedaftale 2027–2030");
        ProcessInstance pi = startApproval(agreement, 1);
        Task br = task(Element.APPROVE_BR, pi);

        assertTypeRefused(br, Var.APPROVAL_DECISION.getName(), true, "Feltet 'Beslutning' skal udfyldes med tekst.");
        assertTypeRefused(br, Var.DECIDED_ON.getName(), 1_799_000_000_000L, "Feltet 'Beslutningsdato' skal udfyldes med tekst.");
        assertTypeRefused(br, Var.CASE_REFERENCE.getName(), 2027L, "Feltet 'Sagsnummer' skal udfyldes med tekst.");
        assertTypeRefused(br, Var.REJECTION_REASON.getName(), false, "Feltet 'Begrundelse for afvisningen' skal udfyldes med tekst.");
        assertThat(agreements.approvals(agreement.id())).as("nothing is recorded").isEmpty();
        assertThat(taskService.getVariable(br.getId(), Var.APPROVAL_DECISION.getName())).as("nothing is kept").isNull();
        process(pi).isWaitingAt(Element.APPROVE_BR, Element.APPROVE_BL);

        // a caller sending the agreement's title or owner with a wrong type is refused before anything is set up
        Map<String, Object> vars = new HashMap<>(Map.of(Var.AGREEMENT_ID.getName(), agreement.id(),
                Var.AGREEMENT_VERSION.getName(), 1, Var.OWNER_PROCESS_INSTANCE_ID.getName(), 42L));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(AgreementApprovalProcess.PROCESS_KEY, vars))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("Feltet 'Ejerprocessen (ownerProcessInstanceId)' skal udfyldes med tekst.");

        decide("br-sekretaer", br, "APPROVED", "2027-01-04", " BR 1 ", null);
        assertThat(agreements.approvals(agreement.id())).extracting(AgreementApproval::caseReference).containsExactly("BR 1");
    }

    @Test
    void anOverdueApprovalRemindsTheBodysSecretariatThenEscalatesToTheForumSecretariat() throws Exception {
        Owned agreement = AgreementFixtures.hovedaftale(agreements, "Hovedaftale 2027–2030");
        ProcessInstance pi = startApproval(agreement, 1);

        moveClockTo(REMINDER.minusSeconds(60));
        assertThat(subjects()).as("the requests only").hasSize(2).allMatch(s -> s.startsWith("Anmodning om godkendelse"));
        moveClockTo(REMINDER.plusSeconds(60));
        process(pi).hasPassed(Element.SEND_BR_REMINDER, Element.SEND_BL_REMINDER)
                .hasNotPassed(Element.SEND_BR_ESCALATION, Element.SEND_BL_ESCALATION);
        MimeMessage brReminder = single(reminders(mailsTo("br-sekretaer@")));
        assertThat(brReminder.getSubject()).isEqualTo("Påmindelse: godkendelse af \"Hovedaftale 2027–2030\" i Borgerrepræsentationen");
        assertThat(body(brReminder)).contains("mandag den 1. marts 2027 kl. 16:00")
                .contains("Registrér BR's godkendelse: Hovedaftale 2027–2030");
        assertThat(single(reminders(mailsTo("bl-sekretaer@"))).getSubject()).endsWith("i BL's 1. kreds");
        assertThat(mailsTo("<sekretaer@")).as("no escalation yet").isEmpty();

        moveClockTo(DUE.plusSeconds(60));
        process(pi).hasPassed(Element.SEND_BR_ESCALATION, Element.SEND_BL_ESCALATION)
                .isWaitingAt(Element.APPROVE_BR, Element.APPROVE_BL);
        List<MimeMessage> escalations = mailsTo("<sekretaer@");
        assertThat(escalations).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Overskredet frist: godkendelse af \"Hovedaftale 2027–2030\" i Borgerrepræsentationen",
                "Overskredet frist: godkendelse af \"Hovedaftale 2027–2030\" i BL's 1. kreds");
        assertThat(body(escalations.get(0))).contains("er nu overskredet").contains("mandag den 1. marts 2027");
        assertThat(mailsTo("br-sekretaer@")).as("the body's secretariat got the request and the reminder only").hasSize(2);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).dueBefore(ClockUtil.getCurrentTime()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder(Element.APPROVE_BR, Element.APPROVE_BL);

        executeDueJobs();
        assertThat(SMTP.getReceivedMessages()).as("nothing sent twice").hasSize(6);
        decide("br-sekretaer", task(Element.APPROVE_BR, pi), "APPROVED", "2027-03-01", "BR 2027-0300", null);
        decide("bl-sekretaer", task(Element.APPROVE_BL, pi), "APPROVED", "2027-03-01", "BL-1K 27/11", null);
        process(pi).hasPassed(Element.APPROVED_END).isEnded();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private ProcessInstance startApproval(Owned agreement, int version) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.AGREEMENT_ID.getName(), agreement.id());
        vars.put(Var.AGREEMENT_VERSION.getName(), version);
        vars.put(Var.AGREEMENT_TITLE.getName(), agreements.get(agreement.id()).title());
        vars.put(Var.OWNER_PROCESS_INSTANCE_ID.getName(), agreement.owner());
        return runtimeService.startProcessInstanceByKey(AgreementApprovalProcess.PROCESS_KEY, vars);
    }

    private void decide(String user, Task task, String decision, String decidedOn, String caseReference, String reason) {
        actAs(user);
        try {
            taskService.complete(task.getId(), form(decision, decidedOn, caseReference, reason));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void assertRefused(Task task, String decision, String decidedOn, String caseReference, String reason,
            String message) {
        String user = Element.APPROVE_BR.equals(task.getTaskDefinitionKey()) ? "br-sekretaer" : "bl-sekretaer";
        assertThatThrownBy(() -> decide(user, task, decision, decidedOn, caseReference, reason))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(message);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task stays open").isOne();
    }

    /** The form's values typed right, but for one sent with a wrong type: refused with the message, task open. */
    private void assertTypeRefused(Task task, String variable, Object wronglyTyped, String message) {
        Map<String, Object> vars = form("APPROVED", "2027-01-04", "BR 1", null);
        vars.put(variable, wronglyTyped);
        String user = Element.APPROVE_BR.equals(task.getTaskDefinitionKey()) ? "br-sekretaer" : "bl-sekretaer";
        actAs(user);
        try {
            assertThatThrownBy(() -> taskService.complete(task.getId(), vars))
                    .isInstanceOf(BadUserRequestException.class).hasMessage(message);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task stays open").isOne();
    }

    private static Map<String, Object> form(String decision, String decidedOn, String caseReference, String reason) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.APPROVAL_DECISION.getName(), decision);
        vars.put(Var.DECIDED_ON.getName(), decidedOn);
        vars.put(Var.CASE_REFERENCE.getName(), caseReference);
        vars.put(Var.REJECTION_REASON.getName(), reason);
        return vars;
    }

    /** The instance's own variables at the end: what a calling process maps out. */
    private Map<String, Object> outVariables(ProcessInstance pi) {
        Map<String, Object> vars = new HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list().stream()
                .filter(v -> v.getActivityInstanceId().equals(pi.getId()))
                .forEach((HistoricVariableInstance v) -> vars.put(v.getName(), v.getValue()));
        return vars;
    }

    private static List<MimeMessage> reminders(List<MimeMessage> mails) {
        return mails.stream().filter(m -> subject(m).startsWith("Påmindelse")).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static ProcessInstanceAssert process(ProcessInstance pi) {
        return BpmnAwareTests.assertThat(pi);
    }
}
