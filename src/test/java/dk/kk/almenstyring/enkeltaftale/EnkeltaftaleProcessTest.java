package dk.kk.almenstyring.enkeltaftale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.CoverageExcludes;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.NewAgreement;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Element;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import dk.kk.almenstyring.housing.HousingRegister;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through enkeltaftale (A7), with real tables; the parties answer in Tasklist through their groups. */
// the engine clock these tests move across years fires the annual wheel's yearly timer; the wheel's own tests cover it
@CoverageExcludes({"aarshjul-yearly", "aarshjul"})
class EnkeltaftaleProcessTest extends ProcessTestSupport {

    static final String ORG = "EKSBO";
    static final String ORG_GROUP = "bo-eksbo";
    static final String ORG_USER = "eksbo-repr";
    static final String FORVALTNING_USER = "tks-sof"; // groups tks, sof
    static final String OWNER = "test-parent-owner";

    @Autowired
    AgreementRegister register;
    @Autowired
    HousingRegister housing;
    @Autowired
    AgreementLifecycle lifecycle;
    @Autowired
    dk.kk.almenstyring.security.ProductAuthorizations authorizations;

    @BeforeEach
    void organisation() {
        if (housing.byCode(ORG).isEmpty()) {
            long org = housing.add(ORG, "Eksempel Boligselskab", true, "post@eksbo.example", null, false);
            housing.addEstate(org, "101", "Solgården");
        }
        if (identityService.createGroupQuery().groupId(ORG_GROUP).count() == 0) {
            Group group = identityService.newGroup(ORG_GROUP);
            group.setName("Eksempel Boligselskab");
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(ORG_USER).count() == 0) {
            User user = identityService.newUser(ORG_USER);
            user.setFirstName("Eva");
            user.setLastName("Eksempel");
            user.setEmail("eksbo-repr@eksbo.example");
            user.setPassword("test-password-eksbo");
            identityService.saveUser(user);
            identityService.createMembership(ORG_USER, ORG_GROUP);
        }
        authorizations.grantTasklistWork(engine, ORG_GROUP);
    }

    @Test
    void bothPartiesAgreeAndTheEnkeltaftaleIsActive() throws Exception {
        long parent = parent(AgreementLevel.DELAFTALE, AgreementStatus.ACTIVE);
        ProcessInstance pi = start(input(parent, "2027-06-01"), "sekretaer");
        long id = agreementId(pi);
        Agreement draft = register.get(id);
        assertThat(draft.level()).isEqualTo(AgreementLevel.ENKELTAFTALE);
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.parentId()).isEqualTo(parent);
        assertThat(draft.forvaltning()).isEqualTo("SOF");
        assertThat(draft.organisationId()).isEqualTo(housing.require(ORG).id());
        assertThat(draft.estateId()).isEqualTo(housing.require(ORG).estates().get(0).id());
        assertThat(draft.followUpDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(pi).isWaitingAt(Element.FORVALTNING_AGREES, Element.ORGANISATION_AGREES);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("sof").count()).isOne();
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup(ORG_GROUP).count()).isOne();
        assertThat(runtimeService.getVariable(pi.getId(), Var.GOALS_TEXT.getName())).asString()
                .contains("Færre fraflytninger (succeskriterium: Fraflytningen falder med 10 procent)");

        // A7: both parties are told, with the text and the task they answer in
        executeDueJobs();
        for (String party : List.of("eksbo-repr@", "tks-sof@")) {
            MimeMessage proposed = single(mailsTo(party));
            assertThat(proposed.getSubject()).isEqualTo("Enkeltaftale til tilslutning: \"Tryghed i Solgården\"");
            assertThat(body(proposed)).as(party).contains("mellem SOF og Eksempel Boligselskab")
                    .contains("\"Tilslutning til enkeltaftale: Tryghed i Solgården\"").contains("/camunda/app/tasklist/")
                    .contains("- Færre fraflytninger").contains("Succeskriterium: Fraflytningen falder med 10 procent")
                    .contains("tirsdag den 1. juni 2027");
        }

        // an answer without a case reference is refused, and nothing is recorded
        assertThatThrownBy(() -> answer(pi, Element.FORVALTNING_AGREES, FORVALTNING_USER, Var.AGREED, " ", null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("sagsnummeret");
        assertThat(register.approvals(id)).isEmpty();

        answer(pi, Element.FORVALTNING_AGREES, FORVALTNING_USER, Var.AGREED, "SOF-2027-11", null);
        assertThat(register.get(id).status()).as("waits for the organisation").isEqualTo(AgreementStatus.DRAFT);
        answer(pi, Element.ORGANISATION_AGREES, ORG_USER, Var.AGREED, "EKS-55", null);

        Agreement active = register.get(id);
        assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(active.validFrom()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(active.validTo()).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(register.approvals(id)).extracting(a -> a.body(), a -> a.caseReference(), a -> a.decidedOn(), a -> a.registeredBy())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SOF", "SOF-2027-11", LocalDate.of(2027, 1, 4), FORVALTNING_USER),
                        org.assertj.core.groups.Tuple.tuple(ORG, "EKS-55", LocalDate.of(2027, 1, 4), ORG_USER));
        assertThat(register.history(id)).extracting(h -> h.to()).containsExactly(AgreementStatus.DRAFT,
                AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE);
        executeDueJobs();
        assertThat(pi).hasPassed(Element.ACTIVATE, "Task_MailAgreed").isWaitingAt(Element.FOLLOW_UP_DUE);
        for (String party : List.of("eksbo-repr@", "tks-sof@")) {
            MimeMessage agreed = mailsTo(party).get(1);
            assertThat(agreed.getSubject()).isEqualTo("Enkeltaftale indgået: \"Tryghed i Solgården\"");
            assertThat(body(agreed)).contains("gælder til mandag den 31. december 2029");
        }
    }

    @Test
    void theOrganisationDeclinesAndTheEnkeltaftaleIsRejectedWithItsReason() throws Exception {
        long parent = parent(AgreementLevel.HOVEDAFTALE, AgreementStatus.ACTIVE);
        Map<String, Object> vars = input(parent, "2027-06-01");
        vars.remove(Var.ESTATE_NUMBER.getName());
        ProcessInstance pi = start(vars, FORVALTNING_USER);
        long id = agreementId(pi);
        assertThat(register.get(id).estateId()).isNull();

        assertThatThrownBy(() -> answer(pi, Element.ORGANISATION_AGREES, ORG_USER, Var.DECLINED, "EKS-56", null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("begrundelsen");
        answer(pi, Element.ORGANISATION_AGREES, ORG_USER, Var.DECLINED, "EKS-56", "Afdelingsbestyrelsen ønsker ikke aftalen.");
        executeDueJobs();

        assertThat(pi).hasPassed(Element.REJECT, "Task_MailDeclined").isEnded();
        for (String party : List.of("eksbo-repr@", "tks-sof@")) {
            MimeMessage declined = mailsTo(party).stream().filter(m -> body(m).contains("har afvist")).findFirst().orElseThrow();
            assertThat(body(declined)).as(party).contains(ORG + " har afvist enkeltaftalen")
                    .contains("Begrundelse: Afdelingsbestyrelsen ønsker ikke aftalen.");
        }
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).as("the forvaltning's task goes").isZero();
        Agreement rejected = register.get(id);
        assertThat(rejected.status()).isEqualTo(AgreementStatus.REJECTED);
        assertThat(register.history(id)).last().satisfies(h ->
                assertThat(h.note()).isEqualTo("Afvist af " + ORG + ": Afdelingsbestyrelsen ønsker ikke aftalen."));
        assertThat(register.versions(id)).extracting(AgreementVersion::state).containsExactly("REJECTED");
        assertThat(register.approvals(id)).singleElement().satisfies(a -> {
            assertThat(a.decision()).isEqualTo("REJECTED");
            assertThat(a.reason()).isEqualTo("Afdelingsbestyrelsen ønsker ikke aftalen.");
        });
    }

    @Test
    void theForvaltningDeclines() {
        ProcessInstance pi = start(input(parent(AgreementLevel.DELAFTALE, AgreementStatus.ACTIVE), "2027-06-01"), "sekretaer");
        answer(pi, Element.ORGANISATION_AGREES, ORG_USER, Var.AGREED, "EKS-57", null);
        answer(pi, Element.FORVALTNING_AGREES, FORVALTNING_USER, Var.DECLINED, "SOF-2027-12", "Ingen midler i 2027.");
        executeDueJobs();
        assertThat(pi).hasPassed(Element.REJECT).isEnded();
        assertThat(register.get(agreementIdOfEnded(pi)).status()).isEqualTo(AgreementStatus.REJECTED);
    }

    @Test
    void badInputIsRefusedAndNothingIsRecorded() {
        long draftParent = parent(AgreementLevel.DELAFTALE, AgreementStatus.DRAFT);
        long activeParent = parent(AgreementLevel.DELAFTALE, AgreementStatus.ACTIVE);
        int before = register.all().size();

        assertRefused(with(input(activeParent, "2027-06-01"), Var.ORGANISATION_CODE.getName(), "UKENDT"), "sekretaer",
                "Ukendt boligorganisation: 'UKENDT'");
        assertRefused(with(input(activeParent, "2027-06-01"), Var.ESTATE_NUMBER.getName(), "999"), "sekretaer",
                "Afdeling '999' findes ikke hos Eksempel Boligselskab");
        assertRefused(input(draftParent, "2027-06-01"), "sekretaer", "aktiv delaftale eller hovedaftale");
        assertRefused(with(input(activeParent, "2027-06-01"), Var.PARENT_AGREEMENT_ID.getName(), 987654L), "sekretaer",
                "Aftalen med nummer 987654 findes ikke");
        assertRefused(input(activeParent, "2027-01-04"), "sekretaer", "Opfølgningsdatoen skal ligge efter i dag");
        assertRefused(with(input(activeParent, "2027-06-01"), Var.FORVALTNING.getName(), "XYZ"), "sekretaer", "Ukendt forvaltning");
        assertRefused(with(input(activeParent, "2027-06-01"), Var.FORVALTNING.getName(), "KFF"), FORVALTNING_USER,
                "din egen forvaltning (SOF)");
        assertRefused(with(input(activeParent, "2027-06-01"), Var.GOALS.getName(), JsonVariables.json(List.of())), "sekretaer",
                "mindst ét mål");
        assertThat(register.all()).hasSize(before);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EnkeltaftaleProcess.PROCESS_KEY).count()).isZero();
    }

    @Test
    void theFollowUpDateBringsItBackToBothPartiesUntilTheyCloseTheFollowUp() {
        ProcessInstance pi = start(input(parent(AgreementLevel.DELAFTALE, AgreementStatus.ACTIVE), "2027-06-01"), "sekretaer");
        long id = agreementId(pi);
        answer(pi, Element.FORVALTNING_AGREES, FORVALTNING_USER, Var.AGREED, "SOF-1", null);
        answer(pi, Element.ORGANISATION_AGREES, ORG_USER, Var.AGREED, "EKS-1", null);

        moveClockTo(at(LocalDate.of(2027, 6, 1), 8, 59));
        assertThat(pi).isWaitingAt(Element.FOLLOW_UP_DUE);
        moveClockTo(at(LocalDate.of(2027, 6, 1), 9, 0));
        assertThat(pi).isWaitingAt(Element.FORVALTNING_FOLLOW_UP, Element.ORGANISATION_FOLLOW_UP);
        Task forvaltningTask = task(Element.FORVALTNING_FOLLOW_UP, pi);
        assertThat(forvaltningTask.getName()).isEqualTo("Opfølgning på enkeltaftale: Tryghed i Solgården");

        // a next follow-up in the past is refused
        assertThatThrownBy(() -> followUp(pi, Element.FORVALTNING_FOLLOW_UP, FORVALTNING_USER, "continue", "2027-05-01"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("efter i dag");
        followUp(pi, Element.FORVALTNING_FOLLOW_UP, FORVALTNING_USER, "continue", "2027-12-01");
        followUp(pi, Element.ORGANISATION_FOLLOW_UP, ORG_USER, "continue", "2027-10-01");
        assertThat(pi).hasPassed(Element.PLAN_FOLLOW_UP).isWaitingAt(Element.FOLLOW_UP_DUE);
        assertThat(register.get(id).followUpDate()).as("the earliest date either party asked for").isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(runtimeService.getVariable(pi.getId(), "organisationFollowUpNote")).isEqualTo("Status fra " + ORG_USER);

        moveClockTo(at(LocalDate.of(2027, 10, 1), 9, 1));
        followUp(pi, Element.FORVALTNING_FOLLOW_UP, FORVALTNING_USER, "close", null);
        followUp(pi, Element.ORGANISATION_FOLLOW_UP, ORG_USER, "close", null);
        assertThat(pi).hasPassed(Element.FOLLOW_UP_CLOSED).isWaitingAt(Element.PERIOD_ENDS);
        assertThat(register.get(id).followUpDate()).isNull();
        assertThat(register.get(id).status()).as("the agreement stays in force").isEqualTo(AgreementStatus.ACTIVE);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();

        // A7: it ends with its own period, 00:00 after its last day (its parent's), not before
        moveClockTo(at(LocalDate.of(2029, 12, 31), 23, 59));
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.ACTIVE);
        moveClockTo(at(LocalDate.of(2030, 1, 1), 0, 1));
        assertThat(pi).hasPassed(Element.EXPIRE, Element.EXPIRED).isEnded();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(register.history(id)).last().satisfies(h -> {
            assertThat(h.note()).isEqualTo("Gyldighedsperioden er udløbet");
            assertThat(h.changedBy()).isEqualTo("system");
        });
    }

    @Test
    void anEnkeltaftaleEndsWithTheAgreementAboveItAndItsFollowUpTasksClose() {
        long parent = parent(AgreementLevel.DELAFTALE, AgreementStatus.ACTIVE);
        ProcessInstance pi = start(input(parent, "2027-06-01"), "sekretaer");
        long id = agreementId(pi);
        answer(pi, Element.FORVALTNING_AGREES, FORVALTNING_USER, Var.AGREED, "SOF-1", null);
        answer(pi, Element.ORGANISATION_AGREES, ORG_USER, Var.AGREED, "EKS-1", null);
        moveClockTo(at(LocalDate.of(2027, 6, 1), 9, 0));
        assertThat(pi).isWaitingAt(Element.FORVALTNING_FOLLOW_UP, Element.ORGANISATION_FOLLOW_UP);

        // as the delaftale's expiry step does
        lifecycle.endDescendants(parent, "'Delaftale om tryghed' er udløbet; aftalen ophører med den", OWNER,
                Actor.timer("Delaftalens periode udløber"));
        assertThat(pi).hasPassed(Element.ENDED_WITH_PARENT).isEnded();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(register.history(id)).last().satisfies(h -> {
            assertThat(h.note()).isEqualTo("'Delaftale om tryghed' er udløbet; aftalen ophører med den");
            assertThat(h.changedBy()).isEqualTo("system");
        });
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).as("no follow-up left open").isZero();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private long parent(AgreementLevel level, AgreementStatus status) {
        long id = register.create(new NewAgreement(level, "Delaftale om tryghed", null, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31), "SOF", null, null, null, null,
                new AgreementContent("tryghed", List.of(new AgreementVersion.Goal("Tryghed", "Indekset stiger")), "Tekst",
                        List.of())), OWNER, "test");
        for (AgreementStatus s : List.of(AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE)) {
            if (register.get(id).status() == status) {
                break;
            }
            register.transition(id, s, "test", OWNER, "test");
        }
        return id;
    }

    private static Map<String, Object> input(long parent, String followUp) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.TITLE.getName(), "Tryghed i Solgården");
        vars.put(Var.FORVALTNING.getName(), "SOF");
        vars.put(Var.ORGANISATION_CODE.getName(), ORG);
        vars.put(Var.ESTATE_NUMBER.getName(), "101");
        vars.put(Var.PARENT_AGREEMENT_ID.getName(), parent);
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("goal", "Færre fraflytninger");
        goal.put("successCriterion", "Fraflytningen falder med 10 procent");
        vars.put(Var.GOALS.getName(), JsonVariables.json(List.of(goal)));
        vars.put(Var.BODY.getName(), "Parterne samarbejder om tryghed i afdelingen.");
        vars.put(Var.FOLLOW_UP_DATE.getName(), followUp);
        return vars;
    }

    private static Map<String, Object> with(Map<String, Object> vars, String key, Object value) {
        vars.put(key, value);
        return vars;
    }

    private void assertRefused(Map<String, Object> vars, String user, String message) {
        assertThatThrownBy(() -> start(vars, user)).isInstanceOf(BadUserRequestException.class).hasMessageContaining(message);
    }

    private ProcessInstance start(Map<String, Object> vars, String user) {
        actAs(user);
        try {
            return runtimeService.startProcessInstanceByKey(EnkeltaftaleProcess.PROCESS_KEY, vars);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void answer(ProcessInstance pi, String taskKey, String user, String decision, String reference, String reason) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.DECISION.getName(), decision);
        vars.put(Var.CASE_REFERENCE.getName(), reference);
        vars.put(Var.DECLINE_REASON.getName(), reason);
        complete(task(taskKey, pi), user, vars);
    }

    private void followUp(ProcessInstance pi, String taskKey, String user, String action, String next) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.FOLLOW_UP_NOTE.getName(), "Status fra " + user);
        vars.put(Var.FOLLOW_UP_ACTION.getName(), action);
        vars.put(Var.NEXT_FOLLOW_UP_DATE.getName(), next);
        complete(task(taskKey, pi), user, vars);
    }

    private void complete(Task task, String user, Map<String, Object> vars) {
        assertThat(task).as("open task").isNotNull();
        actAs(user);
        try {
            assertThat(taskService.createTaskQuery().taskId(task.getId())
                    .taskCandidateGroupIn(identityService.createGroupQuery().groupMember(user).list().stream()
                            .map(Group::getId).toList()).count()).as("%s may work on %s", user, task.getName()).isOne();
            taskService.complete(task.getId(), vars);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private long agreementId(ProcessInstance pi) {
        return (Long) runtimeService.getVariable(pi.getId(), Var.AGREEMENT_ID.getName());
    }

    private long agreementIdOfEnded(ProcessInstance pi) {
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(Var.AGREEMENT_ID.getName()).singleResult().getValue();
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
