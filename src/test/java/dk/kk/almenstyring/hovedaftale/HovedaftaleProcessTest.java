package dk.kk.almenstyring.hovedaftale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.CoverageExcludes;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.ForumNegotiationProcess;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementApproval;
import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.StatusChange;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.delaftale.DelaftaleProcess;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingCycle.Element;
import dk.kk.almenstyring.meeting.MeetingCycle.Var;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hovedaftale (A1–A5, A8, F12): prepared for Borgmesterforum, negotiated in Partnerskabsforum, approved by BR
 * and BL's 1. kreds, active and published, evaluated every year, renewed or expired.
 */
@CoverageExcludes({"meeting-cycle", "agenda-proposal", "agreement-approval", "accession", "delaftale",
        "enkeltaftale", "aarshjul", "aarshjul-yearly", "omraadedialog", "styringsdialog",
        "styringsdialog-aarlig-start", "styringsdialog-moede", "aarlig-evaluering"})
class HovedaftaleProcessTest extends ProcessTestSupport {

    @Autowired
    AgreementRegister register;
    @Autowired
    AgendaRequests agendaRequests;
    @Autowired
    dk.kk.almenstyring.meeting.MeetingRepository meetings;

    // --- the whole way, with real Borgmesterforum meeting ------------------------------------------------------

    @Test
    void preparedInBorgmesterforumNegotiatedInPartnerskabsforumApprovedAndActive() throws Exception {
        ProcessInstance pi = startHovedaftale("Hovedaftale 2027–2031", "2027-07-01");
        Map<String, Object> first = content("Flere unge i uddannelse", "Andelen af unge i job eller uddannelse stiger med 5 procentpoint");
        first.put("documents", JsonVariables.json(List.of(Map.of("name", "Baggrundsnotat", "reference", "2027-0012345"))));
        taskService.complete(task(HovedaftaleProcess.DRAFT, pi).getId(), first);
        long id = agreementId(pi);
        assertThat(register.versions(id).get(0).documents()).extracting(AgreementVersion.Document::reference)
                .containsExactly("2027-0012345");
        Agreement draft = register.get(id);
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.validTo()).as("A1: four years").isEqualTo(LocalDate.of(2031, 6, 30));
        assertThat(register.versions(id).get(0).goals()).extracting(AgreementVersion.Goal::successCriterion)
                .containsExactly("Andelen af unge i job eller uddannelse stiger med 5 procentpoint");

        // A1: the draft is an item on the next Borgmesterforum agenda, through the meeting cycle
        ProcessInstance bmf = startMeeting("BMF", LocalDate.of(2027, 3, 18));
        executeDueJobs();
        List<Map<String, Object>> agenda = JsonVariables.objects(runtimeService.getVariable(bmf.getId(), Var.AGENDA_ITEMS));
        assertThat(agenda).extracting(i -> i.get("title")).contains("Forberedelse af hovedaftale: Hovedaftale 2027–2031");
        taskService.complete(task(Element.PREPARE_AGENDA, bmf).getId(), Map.of(Var.AGENDA_ITEMS, JsonVariables.json(agenda)));
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 3, 18), 13, 0));
        List<Map<String, Object>> decisions = JsonVariables.objects(runtimeService.getVariable(bmf.getId(), Var.DECISIONS));
        Map<String, Object> agreementLine = decisions.stream().filter(d -> Boolean.TRUE.equals(d.get("agreementItem")))
                .findFirst().orElseThrow();
        decisions.forEach(d -> d.put("decision", "Drøftet."));
        Map<String, Object> minutes = Map.of(Var.ATTENDANCE, JsonVariables.json(List.of("overborgmester")),
                Var.DECISIONS, JsonVariables.json(decisions), Var.MINUTES_TEXT, "Referat");
        assertThatThrownBy(() -> taskService.complete(task(Element.RECORD_MINUTES, bmf).getId(), minutes))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("angiv om der var enighed");
        agreementLine.put("outcome", "AGREED");
        agreementLine.put("decision", "Borgmesterforum er enig i udkastet.");
        actAs("sekretaer");
        taskService.complete(task(Element.RECORD_MINUTES, bmf).getId(), Map.of(Var.ATTENDANCE,
                JsonVariables.json(List.of("overborgmester")), Var.DECISIONS, JsonVariables.json(decisions), Var.MINUTES_TEXT, "Referat"));
        identityService.clearAuthentication();
        // the hovedaftale continues in its own transaction, not in the minutes'
        process(pi).isWaitingAt(HovedaftaleProcess.NEGOTIATE_IN_BMF);
        executeDueJobs();
        process(pi).hasPassed(HovedaftaleProcess.NEGOTIATE_IN_BMF, HovedaftaleProcess.RECORD_BMF_OUTCOME)
                .hasNotPassed(HovedaftaleProcess.REVISE_FOR_BMF).isWaitingAt(HovedaftaleProcess.NEGOTIATE_IN_PSF);
        StatusChange bmfOutcome = register.history(id).get(1);
        assertThat(bmfOutcome.to()).as("BMF's outcome changes no status").isEqualTo(AgreementStatus.DRAFT);
        assertThat(bmfOutcome.note()).contains("Borgmesterforum").contains("enighed").contains("Borgmesterforum er enig i udkastet.");
        assertThat(bmfOutcome.changedBy()).as("who recorded the minutes").isEqualTo("sekretaer");

        // not agreed in PSF the first time: revised and negotiated again
        decide(id, "PSF", "NOT_AGREED", "Parterne ønsker et mål om tryghed.");
        process(pi).isWaitingAt(HovedaftaleProcess.REVISE_DRAFT);
        Map<String, Object> revision = content("Flere unge i uddannelse", "Andelen af unge i job eller uddannelse stiger med 5 procentpoint");
        List<Map<String, Object>> goals = new ArrayList<>(JsonVariables.objects(revision.get("goals")));
        goals.add(goal("Tryghed i de almene boligområder", "Tryghedsindekset forbedres i alle udsatte områder"));
        revision.put("goals", JsonVariables.json(goals));
        revision.put("revisionReason", "Mål om tryghed tilføjet efter Partnerskabsforum");
        taskService.complete(task(HovedaftaleProcess.REVISE_DRAFT, pi).getId(), revision);
        assertThat(register.versions(id)).extracting(AgreementVersion::version).containsExactly(1, 2);
        decide(id, "PSF", "AGREED", "Enighed om hovedaftalen.");
        executeDueJobs();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.NEGOTIATED);
        MimeMessage negotiated = mailsTo("bl-fsb@").stream().filter(m -> subject(m).contains("forhandlet")).findFirst().orElseThrow();
        assertThat(body(negotiated)).as("A2: the text goes out with the minutes").contains("Tryghedsindekset forbedres");

        // A2: both BR and BL approve
        approve(id, "Task_ApproveBR", "br-sekretaer", "APPROVED", "BR-2027-118");
        approve(id, "Task_ApproveBL", "bl-sekretaer", "APPROVED", "BL1-2027-07");
        executeDueJobs();
        // approved in January, in force when its period begins on 1 July: not before, and by then
        Agreement approved = register.get(id);
        assertThat(approved.status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(approved.publishedAt()).isNull();
        process(pi).isWaitingAt(HovedaftaleProcess.PERIOD_STARTS);
        moveClockTo(at(LocalDate.of(2027, 6, 30), 23, 59));
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(mailsTo("tks-sof@")).extracting(m -> subject(m)).noneMatch(s -> s.contains("trådt i kraft"));
        moveClockTo(at(LocalDate.of(2027, 7, 1), 0, 1));
        Agreement active = register.get(id);
        assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(active.currentVersion()).isEqualTo(2);
        assertThat(active.publishedAt()).as("A3: published").isNotNull();
        assertThat(register.approvals(id)).extracting(AgreementApproval::body, AgreementApproval::caseReference)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("BR", "BR-2027-118"),
                        org.assertj.core.groups.Tuple.tuple("BL", "BL1-2027-07"));
        assertThat(register.history(id)).extracting(StatusChange::to).containsExactly(AgreementStatus.DRAFT,
                AgreementStatus.DRAFT, AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE);
        assertThat(mailsTo("tks-sof@")).extracting(m -> subject(m)).anyMatch(s -> s.contains("trådt i kraft"));
        assertThat(mailsTo("kontakt@kab.almen-styring.demo")).as("the housing organisations are told")
                .extracting(m -> subject(m)).anyMatch(s -> s.contains("trådt i kraft"));
        process(pi).hasPassed(HovedaftaleProcess.INVITE_ACCESSION).isWaitingAt(HovedaftaleProcess.NEXT_EVALUATION,
                "Timer_RenewalStarts");

        // A4, F12: every year the status goes onto PSF's agenda with the decision whether to adjust; S5: the item
        // refers to the latest published yearly evaluation of this hovedaftale (an unpublished one is no reference)
        publishedEvaluation(2027, id, "Målene for udlejningen er nået.", true);
        publishedEvaluation(2026, id, "Kladde der aldrig blev offentliggjort.", false);
        moveClockTo(at(LocalDate.of(2028, 1, 14), 9, 1));
        assertThat(agendaRequests.open("PSF")).extracting(AgendaRequests.AgendaRequest::title)
                .containsExactly("Status på hovedaftalens elementer og beslutning om justering: Hovedaftale 2027–2031");
        assertThat(agendaRequests.open("PSF")).singleElement().extracting(AgendaRequests.AgendaRequest::description)
                .asString().contains("Årlig evaluering 2027 (offentliggjort fredag den 10. december 2027): Målene for udlejningen er nået.")
                .doesNotContain("Kladde");
        decide(id, "PSF", "AGREED", "Prioriteringerne justeres.");
        Map<String, Object> adjustment = content("Tryghed i de almene boligområder", "Tryghedsindekset forbedres i alle udsatte områder");
        adjustment.put("adjust", "yes");
        adjustment.put("revisionReason", "Uddannelsesmålet er nået");
        taskService.complete(task(HovedaftaleProcess.DECIDE_ADJUSTMENT, pi).getId(), adjustment);
        approve(id, "Task_ApproveBR", "br-sekretaer", "REJECTED", "BR-2028-03");
        executeDueJobs();
        assertThat(register.get(id).currentVersion()).as("a rejected adjustment leaves the version in force").isEqualTo(2);
        assertThat(mailsTo("bl-fsb@")).filteredOn(m -> subject(m).contains("har ikke godkendt")).singleElement()
                .satisfies(m -> assertThat(body(m)).contains("(version 3)").contains("Den gældende version af aftalen gælder fortsat uændret."));
        assertThat(register.versions(id)).as("version 1 was revised before approval; version 3 was not approved")
                .extracting(AgreementVersion::state).containsExactly("DRAFT", "APPROVED", "REJECTED");
        process(pi).isWaitingAt(HovedaftaleProcess.NEXT_EVALUATION);
    }

    // --- rejection -----------------------------------------------------------------------------------------------

    @Test
    void aRejectionByBlRecordsTheReasonAndSendsTheAgreementBackToNegotiation() throws Exception {
        ProcessInstance pi = negotiated("Hovedaftale 2027–2031", "2027-07-01");
        long id = agreementId(pi);
        approve(id, "Task_ApproveBL", "bl-sekretaer", "REJECTED", "BL1-2027-09");
        executeDueJobs();
        process(pi).hasPassed(HovedaftaleProcess.RETURN_TO_NEGOTIATION).isWaitingAt(HovedaftaleProcess.REVISE_DRAFT);
        Agreement back = register.get(id);
        assertThat(back.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(register.history(id)).last().extracting(StatusChange::note).asString().contains("BL").contains("ikke acceptabel");
        assertThat(register.approvals(id)).extracting(AgreementApproval::decision).contains("REJECTED");
        // A2: Partnerskabsforum, which negotiates again, and the secretariat are told why
        for (String reader : List.of("bl-fsb@", "<sekretaer@")) {
            assertThat(mailsTo(reader)).as(reader).filteredOn(m -> subject(m).contains("har ikke godkendt")).singleElement()
                    .satisfies(m -> assertThat(body(m)).contains("BL's 1. kreds har ikke godkendt aftalen \"Hovedaftale 2027–2031\"")
                            .contains("Begrundelse: Aftalen er ikke acceptabel i sin nuværende form"));
        }

        Map<String, Object> revision = content("Flere unge i uddannelse", "5 procentpoint flere unge i uddannelse");
        taskService.complete(task(HovedaftaleProcess.REVISE_DRAFT, pi).getId(), revision);
        decide(id, "PSF", "AGREED", "Enighed.");
        executeDueJobs();
        approve(id, "Task_ApproveBR", "br-sekretaer", "APPROVED", "BR-2027-200");
        approve(id, "Task_ApproveBL", "bl-sekretaer", "APPROVED", "BL1-2027-10");
        executeDueJobs();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(register.get(id).currentVersion()).isEqualTo(2);
        moveClockTo(at(LocalDate.of(2027, 7, 1), 0, 1));
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void anApprovedAdjustmentBecomesTheCurrentVersionAndIsPublishedAgain() throws Exception {
        ProcessInstance pi = active("Hovedaftale 2027–2031", "2027-07-01");
        long id = agreementId(pi);
        moveClockTo(at(LocalDate.of(2028, 1, 14), 9, 1));
        decide(id, "PSF", "AGREED", "Prioriteringerne justeres.");
        Map<String, Object> adjustment = content("Flere familieboliger til unge", "200 ungdomsboliger om året");
        adjustment.put("adjust", "yes");
        taskService.complete(task(HovedaftaleProcess.DECIDE_ADJUSTMENT, pi).getId(), adjustment);
        approve(id, "Task_ApproveBR", "br-sekretaer", "APPROVED", "BR-2028-10");
        approve(id, "Task_ApproveBL", "bl-sekretaer", "APPROVED", "BL1-2028-02");
        executeDueJobs();
        assertThat(register.get(id).currentVersion()).isEqualTo(2);
        assertThat(register.get(id).status()).as("an adjustment keeps the agreement active").isEqualTo(AgreementStatus.ACTIVE);
        assertThat(register.versions(id)).extracting(AgreementVersion::version, AgreementVersion::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "APPROVED"), org.assertj.core.groups.Tuple.tuple(2, "APPROVED"));
        assertThat(register.versions(id).get(0).goals()).as("the old version stays readable")
                .extracting(AgreementVersion.Goal::goal).containsExactly("Flere unge i uddannelse");
        assertThat(mailsTo("kontakt@kab.almen-styring.demo")).extracting(m -> subject(m))
                .anyMatch(s -> s.contains("Justering af hovedaftalen er trådt i kraft"));
        process(pi).hasPassed("Task_AnnounceAdjustment").isWaitingAt(HovedaftaleProcess.NEXT_EVALUATION);

        // the next year PSF keeps the priorities
        moveClockTo(at(LocalDate.of(2029, 1, 15), 9, 1));
        decide(id, "PSF", "AGREED", "Ingen justering.");
        taskService.complete(task(HovedaftaleProcess.DECIDE_ADJUSTMENT, pi).getId(), Map.of("adjust", "no"));
        assertThat(register.versions(id)).hasSize(2);
        process(pi).isWaitingAt(HovedaftaleProcess.NEXT_EVALUATION);
    }

    // --- renewal ---------------------------------------------------------------------------------------------------

    @Test
    void withoutASuccessorInTimeTheSecretariatIsWarnedAndTheAgreementExpires() throws Exception {
        ProcessInstance pi = active("Hovedaftale 2027–2031", "2027-07-01");
        long id = agreementId(pi);
        // A6, A7: a delaftale and an enkeltaftale beneath it, both in force, the enkeltaftale with its follow-up open
        ProcessInstance delaftale = activeDelaftale();
        long delaftaleId = agreementId(delaftale);
        ProcessInstance enkeltaftale = activeEnkeltaftale(delaftaleId);
        long enkeltaftaleId = agreementId(enkeltaftale);
        // and two delaftaler on their way: a draft on Samarbejdsforum's list, one agreed there and awaiting approval
        ProcessInstance draftDelaftale = delaftale("Delaftale om tryghed", "tryghed");
        long draftId = agreementId(draftDelaftale);
        ProcessInstance negotiatedDelaftale = delaftale("Delaftale om beskæftigelse", "beskaeftigelse");
        long negotiatedId = agreementId(negotiatedDelaftale);
        agreeInSamarbejdsforum(negotiatedId);
        assertThat(register.get(draftId).status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(register.get(negotiatedId).status()).isEqualTo(AgreementStatus.NEGOTIATED);
        moveClockTo(at(LocalDate.of(2028, 3, 1), 9, 1));
        assertThat(taskService.createTaskQuery().processInstanceId(enkeltaftale.getId()).count()).isEqualTo(2);
        // A4: preparation of the next one starts 12 months before the end (Monday 1 July 2030, 09:00): not before, and by then
        moveClockTo(at(LocalDate.of(2030, 7, 1), 8, 59));
        assertThat(successorOf(id)).as("no successor before 12 months before the end").isNull();
        moveClockTo(at(LocalDate.of(2030, 7, 1), 9, 1));
        ProcessInstance successor = successorOf(id);
        assertThat(successor).as("the successor is started 12 months before the end").isNotNull();
        process(successor).isWaitingAt(HovedaftaleProcess.DRAFT);
        assertThat(runtimeService.getVariable(successor.getId(), HovedaftaleProcess.Var.VALID_FROM.getName())).isEqualTo("2031-07-01");

        // the secretariat is warned 3 months before the end (Tuesday 1 April 2031, 09:00): not before, and by then
        moveClockTo(at(LocalDate.of(2031, 4, 1), 8, 59));
        assertThat(mailsTo("sekretaer@")).extracting(m -> subject(m)).noneMatch(s -> s.contains("udløber"));
        moveClockTo(at(LocalDate.of(2031, 4, 1), 9, 1));
        assertThat(mailsTo("sekretaer@")).extracting(m -> subject(m)).anyMatch(s -> s.contains("udløber"));
        moveClockTo(at(LocalDate.of(2031, 6, 30), 23, 59));
        assertThat(register.get(id).status()).as("in force through its last day").isEqualTo(AgreementStatus.ACTIVE);
        assertThat(List.of(delaftaleId, enkeltaftaleId)).allSatisfy(a ->
                assertThat(register.get(a).status()).as("agreement %s through the last day", a).isEqualTo(AgreementStatus.ACTIVE));
        assertThat(register.get(draftId).status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(register.get(negotiatedId).status()).isEqualTo(AgreementStatus.NEGOTIATED);
        moveClockTo(at(LocalDate.of(2031, 7, 1), 0, 1));
        process(pi).hasPassed(HovedaftaleProcess.EXPIRED).isEnded();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.EXPIRED);
        // every agreement beneath it ended with it, by the system, and nothing of theirs is left open
        assertThat(register.children(id)).isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo(AgreementStatus.EXPIRED));
        assertThat(register.children(delaftaleId)).isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo(AgreementStatus.EXPIRED));
        assertThat(register.history(id)).last().satisfies(h -> {
            assertThat(h.changedBy()).as("the engine, on the period's timer").isEqualTo(Actor.SYSTEM);
            assertThat(h.timer()).isEqualTo("Aftaleperioden udløber");
        });
        // drafts and negotiated ones too: none stays open under an agreement that has ended
        for (long a : List.of(delaftaleId, enkeltaftaleId, draftId, negotiatedId)) {
            assertThat(register.get(a).status()).as("agreement %s", a).isEqualTo(AgreementStatus.EXPIRED);
            assertThat(register.history(a)).last().satisfies(h -> {
                assertThat(h.to()).isEqualTo(AgreementStatus.EXPIRED);
                assertThat(h.changedBy()).isEqualTo(Actor.SYSTEM);
                assertThat(h.timer()).isEqualTo("Aftaleperioden udløber");
                assertThat(h.note()).isEqualTo("'Hovedaftale 2027–2031' er udløbet; aftalen ophører med den");
            });
            assertThat(taskService.createTaskQuery().processVariableValueEquals("agreementId", a).count())
                    .as("tasks of agreement %s", a).isZero();
            assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("agreementId", a).count())
                    .as("processes of agreement %s (its negotiation and approval included)", a).isZero();
        }
        for (ProcessInstance ended : List.of(delaftale, enkeltaftale, draftDelaftale, negotiatedDelaftale)) {
            process(ended).isEnded();
        }
        assertThat(agendaRequests.open("SF")).as("the draft left Samarbejdsforum's list").isEmpty();
    }

    @Test
    void anActiveSuccessorSupersedesItsPredecessor() throws Exception {
        ProcessInstance pi = active("Hovedaftale 2027–2031", "2027-07-01");
        long id = agreementId(pi);
        moveClockTo(at(LocalDate.of(2030, 7, 1), 9, 1));
        ProcessInstance successor = runtimeService.createProcessInstanceQuery().processDefinitionKey(HovedaftaleProcess.PROCESS_KEY)
                .variableValueEquals(HovedaftaleProcess.Var.PREDECESSOR_ID.getName(), id).singleResult();
        draft(successor, "Flere almene boliger", "1.000 nye almene boliger");
        long next = agreementId(successor);
        decide(next, "BMF", "AGREED", "Drøftet.");
        decide(next, "PSF", "AGREED", "Enighed.");
        executeDueJobs();
        approve(next, "Task_ApproveBR", "br-sekretaer", "APPROVED", "BR-2030-1");
        approve(next, "Task_ApproveBL", "bl-sekretaer", "APPROVED", "BL1-2030-1");
        executeDueJobs();
        assertThat(register.get(next).status()).as("approved, waiting for its period").isEqualTo(AgreementStatus.APPROVED);
        assertThat(register.get(next).validFrom()).isEqualTo(LocalDate.of(2031, 7, 1));
        moveClockTo(at(LocalDate.of(2031, 4, 1), 9, 1));
        assertThat(mailsTo("sekretaer@")).as("an approved successor needs no warning").extracting(m -> subject(m))
                .noneMatch(s -> s.contains("udløber"));
        moveClockTo(at(LocalDate.of(2031, 6, 30), 23, 59));
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(register.get(next).status()).isEqualTo(AgreementStatus.APPROVED);
        moveClockTo(at(LocalDate.of(2031, 7, 1), 0, 1));
        assertThat(register.get(next).status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(register.history(id)).last().extracting(StatusChange::note).asString().contains("Afløst af");
        process(pi).isEnded();
    }

    // --- bad input ---------------------------------------------------------------------------------------------------

    @Test
    void aSuccessorInForceBeforeThePredecessorEndsSupersedesItAndWhatLiesBeneathItAtOnce() {
        ProcessInstance pi = active("Hovedaftale 2027–2031", "2027-07-01");
        long id = agreementId(pi);
        ProcessInstance delaftale = activeDelaftale();
        long delaftaleId = agreementId(delaftale);
        // renegotiated early: the new hovedaftale's period begins 1 January 2029, while the old one runs to 2031
        Map<String, Object> vars = new HashMap<>();
        vars.put(HovedaftaleProcess.Var.TITLE.getName(), "Hovedaftale 2029–2032");
        vars.put(HovedaftaleProcess.Var.VALID_FROM.getName(), "2029-01-01");
        vars.put(HovedaftaleProcess.Var.PREDECESSOR_ID.getName(), id);
        ProcessInstance successor = runtimeService.startProcessInstanceByKey(HovedaftaleProcess.PROCESS_KEY, vars);
        draft(successor, "Flere almene boliger", "1.000 nye almene boliger");
        long next = agreementId(successor);
        decide(next, "BMF", "AGREED", "Drøftet.");
        decide(next, "PSF", "AGREED", "Enighed.");
        approve(next, "Task_ApproveBR", "br-sekretaer", "APPROVED", "BR-2028-1");
        approve(next, "Task_ApproveBL", "bl-sekretaer", "APPROVED", "BL1-2028-1");
        moveClockTo(at(LocalDate.of(2028, 12, 31), 23, 59));
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(register.get(delaftaleId).status()).isEqualTo(AgreementStatus.ACTIVE);
        moveClockTo(at(LocalDate.of(2029, 1, 1), 0, 1));
        assertThat(register.get(next).status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.SUPERSEDED);
        process(pi).hasPassed(HovedaftaleProcess.SUPERSEDED).isEnded();
        assertThat(register.history(id)).last().satisfies(h -> {
            assertThat(h.note()).isEqualTo("Afløst af Hovedaftale 2029–2032");
            assertThat(h.changedBy()).isEqualTo(Actor.SYSTEM);
            assertThat(h.timer()).as("the successor's period began").isEqualTo("Aftaleperioden begynder");
        });
        assertThat(register.get(delaftaleId).status()).as("ends with the hovedaftale it was made under")
                .isEqualTo(AgreementStatus.EXPIRED);
        assertThat(register.history(delaftaleId)).last().extracting(StatusChange::note)
                .isEqualTo("'Hovedaftale 2027–2031' er afløst; aftalen ophører med den");
        process(delaftale).isEnded();
    }

    @Test
    void badInputIsRefusedAndTheRegisterIsUnchanged() {
        assertThatThrownBy(() -> startHovedaftale(" ", "2027-07-01"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("titel");
        assertThatThrownBy(() -> startHovedaftale("Hovedaftale", "2026-01-01"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("fortiden");
        ProcessInstance pi = startHovedaftale("Hovedaftale 2027–2031", "2027-07-01");
        Map<String, Object> noCriterion = content("Flere unge i uddannelse", " ");
        Task draftTask = task(HovedaftaleProcess.DRAFT, pi);
        assertThatThrownBy(() -> taskService.complete(draftTask.getId(), noCriterion))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("succeskriterium");
        assertThat(register.all()).isEmpty();

        draft(pi, "Flere unge i uddannelse", "5 procentpoint");
        long id = agreementId(pi);
        // the forum negotiation runs only as the agreement's own call activity, never started on its own
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ForumNegotiationProcess.PROCESS_KEY, Map.of(
                "forum", "PSF", "purpose", "Genvej", "agreementId", id, "agreementVersion", 1)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("startes kun af den aftale");
        assertThat(agendaRequests.open("PSF")).as("nothing on Partnerskabsforum's list").isEmpty();
        assertThatThrownBy(() -> register.addVersion(id, new AgreementContent("x", List.of(), "y", List.of()), "egen ændring",
                "another-process", "sekretaer"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("gennem sin egen proces");
        assertThatThrownBy(() -> register.transition(id, AgreementStatus.ACTIVE, "genvej", pi.getId(), "sekretaer"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("kan ikke gå fra DRAFT til ACTIVE");
        assertThat(register.versions(id)).hasSize(1);
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.DRAFT);

        // an approval dated before its version existed, or in the future, is refused; the day itself is accepted
        assertThatThrownBy(() -> register.recordApproval(id, 1, "BR", true, LocalDate.of(2027, 1, 3), "BR-1", null,
                pi.getId(), dk.kk.almenstyring.agreement.Actor.person("br-sekretaer"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("før version 1 af aftalen blev til (4. januar 2027)");
        assertThatThrownBy(() -> register.recordApproval(id, 1, "BR", true, LocalDate.of(2027, 1, 5), "BR-1", null,
                pi.getId(), dk.kk.almenstyring.agreement.Actor.person("br-sekretaer"))).isInstanceOf(BadUserRequestException.class).hasMessageContaining("i fremtiden");
        assertThat(register.approvals(id)).isEmpty();
        register.recordApproval(id, 1, "BR", true, LocalDate.of(2027, 1, 4), "BR-1", null, pi.getId(), dk.kk.almenstyring.agreement.Actor.person("br-sekretaer"));
        assertThat(register.approvals(id)).hasSize(1);

        // never active before its period begins (1 July 2027), and from that day
        register.transition(id, AgreementStatus.NEGOTIATED, "test", pi.getId(), "sekretaer");
        register.transition(id, AgreementStatus.APPROVED, "test", pi.getId(), "sekretaer");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(at(LocalDate.of(2027, 6, 30), 23, 59)));
        assertThatThrownBy(() -> register.transition(id, AgreementStatus.ACTIVE, "for tidligt", pi.getId(), "sekretaer"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("kan ikke træde i kraft før aftaleperioden begynder (1. juli 2027)");
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.APPROVED);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(at(LocalDate.of(2027, 7, 1), 0, 0)));
        register.transition(id, AgreementStatus.ACTIVE, "periodens første dag", pi.getId(), "sekretaer");
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    // --- Borgmesterforum's outcome and the hand-off from the minutes ---------------------------------------------

    @Test
    void ikkeEnighedInBorgmesterforumSendsTheDraftBackToTheSecretariatAndToBorgmesterforumAgain() {
        ProcessInstance pi = startHovedaftale("Hovedaftale 2027–2031", "2027-07-01");
        draft(pi, "Flere unge i uddannelse", "5 procentpoint flere unge i uddannelse");
        long id = agreementId(pi);
        decide(id, "BMF", "NOT_AGREED", "Borgmestrene ønsker et mål om klimatilpasning.");
        process(pi).hasPassed(HovedaftaleProcess.RECORD_BMF_OUTCOME).isWaitingAt(HovedaftaleProcess.REVISE_FOR_BMF)
                .hasNotPassed("Task_RequestPsfItem");
        assertThat(agendaRequests.open("PSF")).as("not on to Partnerskabsforum").isEmpty();
        assertThat(register.history(id)).last().extracting(StatusChange::note).asString()
                .contains("Borgmesterforum, version 1: ikke enighed").contains("klimatilpasning");

        Map<String, Object> revision = content("Klimatilpasning af de almene boligområder", "Alle afdelinger har en klimaplan i 2030");
        revision.put("revisionReason", "Mål om klimatilpasning efter Borgmesterforum");
        taskService.complete(task(HovedaftaleProcess.REVISE_FOR_BMF, pi).getId(), revision);
        assertThat(register.versions(id)).extracting(AgreementVersion::version).containsExactly(1, 2);
        assertThat(agendaRequests.open("BMF")).extracting(AgendaRequests.AgendaRequest::description)
                .containsExactly("Aftaleudkastet, version 2. Forummet tager stilling til, om der er enighed; udfaldet "
                        + "(enighed eller ikke enighed) registreres i referatet.");
        decide(id, "BMF", "AGREED", "Enighed om version 2.");
        process(pi).isWaitingAt(HovedaftaleProcess.NEGOTIATE_IN_PSF);
        assertThat(register.history(id)).extracting(StatusChange::note).filteredOn(n -> n.startsWith("Borgmesterforum"))
                .hasSize(2).last().asString().contains("version 2: enighed");
    }

    @Test
    void aFailingAgreementStepIsAnIncidentOnTheAgreementNeverAnErrorInTheMinutes() throws Exception {
        ProcessInstance pi = startHovedaftale("Hovedaftale 2027–2031", "2027-07-01");
        draft(pi, "Flere unge i uddannelse", "5 procentpoint flere unge i uddannelse");
        long id = agreementId(pi);
        ProcessInstance bmf = startMeeting("BMF", LocalDate.of(2027, 3, 18));
        executeDueJobs();
        List<Map<String, Object>> agenda = JsonVariables.objects(runtimeService.getVariable(bmf.getId(), Var.AGENDA_ITEMS));
        taskService.complete(task(Element.PREPARE_AGENDA, bmf).getId(), Map.of(Var.AGENDA_ITEMS, JsonVariables.json(agenda)));
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 3, 18), 13, 0));
        List<Map<String, Object>> decisions = JsonVariables.objects(runtimeService.getVariable(bmf.getId(), Var.DECISIONS));
        decisions.forEach(d -> d.put("decision", "Drøftet."));
        decisions.stream().filter(d -> Boolean.TRUE.equals(d.get("agreementItem"))).forEach(d -> d.put("outcome", "AGREED"));

        // the agreement's next step will fail: the register no longer knows this process as the agreement's owner
        jdbc.sql("update agreement set process_instance_id = 'moved-elsewhere' where id = :id").param("id", id).update();
        taskService.complete(task(Element.RECORD_MINUTES, bmf).getId(), Map.of(Var.ATTENDANCE,
                JsonVariables.json(List.of("overborgmester")), Var.DECISIONS, JsonVariables.json(decisions), Var.MINUTES_TEXT,
                "Referat af Borgmesterforum"));
        long meetingId = ((Number) runtimeService.getVariable(bmf.getId(), MeetingCycle.Var.MEETING_ID)).longValue();
        assertThat(jdbc.sql("select count(*) from minutes_version where meeting_id = :m").param("m", meetingId)
                .query(Integer.class).single()).as("the minutes are saved").isOne();
        BpmnAwareTests.assertThat(bmf).hasPassed(Element.RECORD_MINUTES);

        // the forum negotiation takes up the decision in its own job and hands the outcome to the agreement, which goes on
        // in a job of its own: only there does agreement code run
        ProcessInstance negotiation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(negotiation.getId()).singleResult().getId());
        org.camunda.bpm.engine.runtime.Job handOff = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(handOff.getId()))
                    .hasStackTraceContaining("kan kun ændres gennem sin egen proces");
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).list())
                .as("an incident on the agreement").hasSize(1)
                .first().extracting(org.camunda.bpm.engine.runtime.Incident::getActivityId)
                .isEqualTo(HovedaftaleProcess.NEGOTIATE_IN_BMF);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(bmf.getId()).count()).as("none on the meeting").isZero();

        // repaired, the job is retried (Cockpit) and the agreement goes on
        jdbc.sql("update agreement set process_instance_id = :pid where id = :id").param("pid", pi.getId()).param("id", id).update();
        managementService.setJobRetries(handOff.getId(), 1);
        managementService.executeJob(handOff.getId());
        process(pi).hasPassed(HovedaftaleProcess.RECORD_BMF_OUTCOME).isWaitingAt(HovedaftaleProcess.NEGOTIATE_IN_PSF);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** A delaftale under the active hovedaftale, agreed in SF and approved by BR and BL. */
    private ProcessInstance activeDelaftale() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(DelaftaleProcess.Var.TITLE.getName(), "Delaftale om udlejning");
        vars.put(DelaftaleProcess.Var.THEME.getName(), "udlejning");
        vars.put(DelaftaleProcess.Var.GOALS.getName(), JsonVariables.json(List.of(goal("Kortere venteliste", "Ventelisten er under 200 husstande"))));
        vars.put(DelaftaleProcess.Var.BODY.getName(), "Parterne er enige om følgende.");
        ProcessInstance pi = startAs("sekretaer", DelaftaleProcess.PROCESS_KEY, vars);
        long id = agreementId(pi);
        java.time.Instant start = at(LocalDate.of(2027, 9, 2), 14, 0);
        long meeting = meetings.insert("SF", new dk.kk.almenstyring.meeting.MeetingSchedule(start,
                start.plus(java.time.Duration.ofHours(2)), null, start, null, start.plus(java.time.Duration.ofDays(7)), null),
                "Teknik- og Miljøforvaltningen", null, "test", "test", start);
        AgendaRequests.AgendaRequest request = agendaRequests.open("SF").stream()
                .filter(r -> r.agreementId() != null && r.agreementId() == id).findFirst().orElseThrow();
        agendaRequests.takeUp(request.id(), meeting);
        agendaRequests.decide(request.id(), "AGREED", "Enighed.", meeting);
        executeDueJobs();
        approve(id, "Task_ApproveBR", "br-sekretaer", "APPROVED", "BR-2");
        approve(id, "Task_ApproveBL", "bl-sekretaer", "APPROVED", "BL-2");
        executeDueJobs();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.ACTIVE);
        return pi;
    }

    /** An enkeltaftale under the delaftale between SOF and KAB, agreed by both, follow-up 1 March 2028. */
    private ProcessInstance activeEnkeltaftale(long delaftaleId) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(EnkeltaftaleProcess.Var.TITLE.getName(), "Tryghed hos KAB");
        vars.put(EnkeltaftaleProcess.Var.FORVALTNING.getName(), "SOF");
        vars.put(EnkeltaftaleProcess.Var.ORGANISATION_CODE.getName(), "KAB");
        vars.put(EnkeltaftaleProcess.Var.PARENT_AGREEMENT_ID.getName(), delaftaleId);
        vars.put(EnkeltaftaleProcess.Var.GOALS.getName(), JsonVariables.json(List.of(goal("Færre fraflytninger", "Fraflytningen falder med 10 procent"))));
        vars.put(EnkeltaftaleProcess.Var.BODY.getName(), "Parterne samarbejder om tryghed.");
        vars.put(EnkeltaftaleProcess.Var.FOLLOW_UP_DATE.getName(), "2028-03-01");
        ProcessInstance pi = startAs("sekretaer", EnkeltaftaleProcess.PROCESS_KEY, vars);
        for (String party : List.of(EnkeltaftaleProcess.Element.FORVALTNING_AGREES, EnkeltaftaleProcess.Element.ORGANISATION_AGREES)) {
            taskService.complete(task(party, pi).getId(), Map.of(EnkeltaftaleProcess.Var.DECISION.getName(), EnkeltaftaleProcess.Var.AGREED,
                    EnkeltaftaleProcess.Var.CASE_REFERENCE.getName(), "SAG-" + party.length()));
        }
        executeDueJobs();
        assertThat(register.get(agreementId(pi)).status()).isEqualTo(AgreementStatus.ACTIVE);
        return pi;
    }

    /** A delaftale under the active hovedaftale, put on Samarbejdsforum's list. */
    private ProcessInstance delaftale(String title, String theme) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(DelaftaleProcess.Var.TITLE.getName(), title);
        vars.put(DelaftaleProcess.Var.THEME.getName(), theme);
        vars.put(DelaftaleProcess.Var.GOALS.getName(), JsonVariables.json(List.of(goal("Et mål", "Et målbart succeskriterium"))));
        return startAs("sekretaer", DelaftaleProcess.PROCESS_KEY, vars);
    }

    /** Samarbejdsforum agreed on the delaftale: it is NEGOTIATED and waits for BR's and BL's approval. */
    private void agreeInSamarbejdsforum(long delaftaleId) {
        AgendaRequests.AgendaRequest request = agendaRequests.open("SF").stream()
                .filter(r -> r.agreementId() != null && r.agreementId() == delaftaleId).findFirst().orElseThrow();
        agendaRequests.decide(request.id(), "AGREED", "Enighed.", 0);
        executeDueJobs();
    }

    private ProcessInstance startAs(String user, String key, Map<String, Object> vars) {
        actAs(user);
        try {
            return runtimeService.startProcessInstanceByKey(key, vars);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ProcessInstance startHovedaftale(String title, String validFrom) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(HovedaftaleProcess.Var.TITLE.getName(), title);
        vars.put(HovedaftaleProcess.Var.VALID_FROM.getName(), validFrom);
        actAs("sekretaer");
        try {
            return runtimeService.startProcessInstanceByKey(HovedaftaleProcess.PROCESS_KEY, vars);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void draft(ProcessInstance pi, String goal, String criterion) {
        taskService.complete(task(HovedaftaleProcess.DRAFT, pi).getId(), content(goal, criterion));
    }

    private ProcessInstance negotiated(String title, String validFrom) {
        ProcessInstance pi = startHovedaftale(title, validFrom);
        draft(pi, "Flere unge i uddannelse", "5 procentpoint flere unge i uddannelse");
        long id = agreementId(pi);
        decide(id, "BMF", "AGREED", "Drøftet.");
        decide(id, "PSF", "AGREED", "Enighed.");
        executeDueJobs();
        return pi;
    }

    /** Approved now, in force when its period begins (the clock is moved there). */
    private ProcessInstance active(String title, String validFrom) {
        ProcessInstance pi = negotiated(title, validFrom);
        long id = agreementId(pi);
        approve(id, "Task_ApproveBR", "br-sekretaer", "APPROVED", "BR-1");
        approve(id, "Task_ApproveBL", "bl-sekretaer", "APPROVED", "BL-1");
        executeDueJobs();
        moveClockTo(LocalDate.parse(validFrom).atStartOfDay(dk.kk.almenstyring.common.DanishText.COPENHAGEN).toInstant()
                .plusSeconds(60));
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.ACTIVE);
        return pi;
    }

    /** The forum's decision on the open agenda request, as the minutes would record it. */
    private void decide(long agreementId, String forum, String outcome, String decision) {
        AgendaRequests.AgendaRequest request = agendaRequests.open(forum).stream()
                .filter(r -> r.agreementId() != null && r.agreementId() == agreementId).findFirst().orElseThrow();
        agendaRequests.decide(request.id(), outcome, decision, 0);
        executeDueJobs(); // the waiting hovedaftale goes on in its own transaction
    }

    private ProcessInstance successorOf(long id) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(HovedaftaleProcess.PROCESS_KEY)
                .variableValueEquals(HovedaftaleProcess.Var.PREDECESSOR_ID.getName(), id).singleResult();
    }

    private void approve(long agreementId, String taskKey, String user, String decision, String caseReference) {
        Task approval = taskService.createTaskQuery().taskDefinitionKey(taskKey)
                .processVariableValueEquals("agreementId", agreementId).singleResult();
        assertThat(approval).as(taskKey + " for agreement " + agreementId).isNotNull();
        Map<String, Object> vars = new HashMap<>();
        vars.put("approvalDecision", decision);
        vars.put("decidedOn", org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                .atZone(dk.kk.almenstyring.common.DanishText.COPENHAGEN).toLocalDate().toString());
        vars.put("caseReference", caseReference);
        vars.put("rejectionReason", "REJECTED".equals(decision) ? "Aftalen er ikke acceptabel i sin nuværende form" : null);
        actAs(user);
        try {
            taskService.complete(approval.getId(), vars);
        } finally {
            identityService.clearAuthentication();
        }
        executeDueJobs(); // the agreement takes up the outcome in its own transaction
    }

    private ProcessInstance startMeeting(String forum, LocalDate day) {
        actAs("sekretaer");
        try {
            return runtimeService.startProcessInstanceByKey(MeetingCycle.PROCESS_KEY, Map.of(Var.FORUM_KEY, forum,
                    Var.MEETING_DATE, day.toString(), Var.MEETING_TIME, "10:00"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static Map<String, Object> content(String goal, String criterion) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(HovedaftaleProcess.Var.THEMES.getName(), "Udlejning, fremtidssikring, tryghed og trivsel");
        vars.put(HovedaftaleProcess.Var.GOALS.getName(), JsonVariables.json(List.of(goal(goal, criterion))));
        vars.put(HovedaftaleProcess.Var.BODY.getName(), "Parterne er enige om følgende.");
        return vars;
    }

    private static Map<String, Object> goal(String goal, String criterion) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("goal", goal);
        g.put("successCriterion", criterion);
        return g;
    }

    private long agreementId(ProcessInstance pi) {
        return ((Number) runtimeService.getVariable(pi.getId(), HovedaftaleProcess.Var.AGREEMENT_ID.getName())).longValue();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProcessInstanceAssert process(ProcessInstance pi) {
        return BpmnAwareTests.assertThat(pi);
    }

    /** A yearly evaluation as the evaluation process leaves it (S5), published on 10 December of its year or not at all. */
    private void publishedEvaluation(int year, long hovedaftaleId, String conclusion, boolean published) {
        jdbc.sql("""
                insert into yearly_evaluation (evaluation_year, hovedaftale_id, hovedaftale_version, status,
                    process_instance_id, conclusion, publication_text, published_at, created_at)
                values (:year, :id, 2, 'RECORDED', 'test', :conclusion, :text, :published, :created)""")
                .param("year", year).param("id", hovedaftaleId).param("conclusion", conclusion)
                .param("text", published ? conclusion : null)
                .param("published", published ? java.sql.Timestamp.from(at(LocalDate.of(year, 12, 10), 12, 0)) : null)
                .param("created", java.sql.Timestamp.from(at(LocalDate.of(year, 12, 1), 12, 0))).update();
    }
}
