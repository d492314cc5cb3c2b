package dk.kk.almenstyring.delaftale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.CoverageExcludes;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.NewAgreement;
import dk.kk.almenstyring.agreement.StatusChange;
import dk.kk.almenstyring.approval.AgreementApprovalProcess;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Element;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import dk.kk.almenstyring.meeting.MeetingCycle;
import dk.kk.almenstyring.meeting.MeetingRepository;
import dk.kk.almenstyring.meeting.MeetingSchedule;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through delaftale (A6) and the agreement-approval it calls, with real mail and real tables. One test
 * runs a real Samarbejdsforum meeting; the others record Samarbejdsforum's decision as the minutes would. The meeting
 * cycle is a means here (MeetingCycleProcessTest covers it): only delaftale and agreement-approval count towards 90 %.
 */
@CoverageExcludes({"meeting-cycle", "agenda-proposal"})
class DelaftaleProcessTest extends ProcessTestSupport {

    static final String TITLE = "Delaftale om udlejning og boligsocial anvisning";
    static final String HOVEDAFTALE_OWNER = "test-hovedaftale-owner";
    static final int SF_MEMBERS = 12; // bl-sf 4 + llo 1 + tks 7

    @Autowired
    AgreementRegister register;
    @Autowired
    AgendaRequests agendaRequests;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    AgreementLifecycle lifecycle;

    // --- bad input -------------------------------------------------------------------------------------------

    @Test
    void refusedWithoutAnActiveHovedaftaleAndUnderAnExpiredOneAndNothingIsRecorded() {
        assertThatThrownBy(() -> start(draft("udlejning", null)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ingen aktiv hovedaftale");
        assertNothingRecorded();

        long expired = hovedaftale(LocalDate.of(2026, 12, 31));
        register.transition(expired, AgreementStatus.EXPIRED, "Perioden er udløbet", HOVEDAFTALE_OWNER, "test");
        assertThatThrownBy(() -> start(draft("udlejning", null)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("er udløbet")
                .hasMessageContaining("2026-12-31");
        assertNothingRecorded();

        // still ACTIVE in the register, but its period ended yesterday: expired all the same
        hovedaftale(LocalDate.of(2027, 1, 3));
        assertThatThrownBy(() -> start(draft("udlejning", null)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("er udløbet");
        assertNothingRecorded();
    }

    @Test
    void refusedUnderAHovedaftaleThatIsNotInForceDraftNegotiatedOrApprovedBeforeItsPeriod() {
        long id = register.create(new NewAgreement(AgreementLevel.HOVEDAFTALE, "Hovedaftale 2027–2031", null, null,
                LocalDate.of(2027, 7, 1), LocalDate.of(2031, 6, 30), null, null, null, null, null,
                new AgreementContent("Udlejning", List.of(new AgreementVersion.Goal("Tryghed", "Tryghedsindekset stiger")),
                        "Tekst", List.of())), HOVEDAFTALE_OWNER, "test");
        for (AgreementStatus status : List.of(AgreementStatus.DRAFT, AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED)) {
            if (status != AgreementStatus.DRAFT) {
                register.transition(id, status, "test", HOVEDAFTALE_OWNER, "test");
            }
            assertThatThrownBy(() -> start(draft("udlejning", null))).as("under a hovedaftale with status %s", status)
                    .isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("Hovedaftalen 'Hovedaftale 2027–2031' er ikke trådt i kraft (status " + status + ")");
            assertNothingRecorded();
        }
        // from the first day of its period it is in force, and the delaftale can be made under it
        ClockUtil(at(LocalDate.of(2027, 7, 1), 9, 0));
        register.transition(id, AgreementStatus.ACTIVE, "test", HOVEDAFTALE_OWNER, "test");
        long delaftale = agreementId(start(draft("udlejning", null)));
        assertThat(register.get(delaftale).parentId()).isEqualTo(id);
    }

    @Test
    void aDelaftaleIsValidOnlyWithinItsHovedaftalesPeriod() {
        long hovedaftale = hovedaftale(LocalDate.of(2029, 12, 31)); // from 1 January 2026
        long id = agreementId(start(draft("udlejning", null)));
        String owner = runtimeService.createProcessInstanceQuery().processDefinitionKey(DelaftaleProcess.PROCESS_KEY)
                .singleResult().getId();
        assertThatThrownBy(() -> register.setValidity(id, LocalDate.of(2025, 12, 31), LocalDate.of(2029, 12, 31), owner))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("før 'Hovedaftale 2026–2029' gælder");
        assertThatThrownBy(() -> register.setValidity(id, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1), owner))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("efter at 'Hovedaftale 2026–2029' udløber");
        assertThatThrownBy(() -> register.create(new NewAgreement(AgreementLevel.DELAFTALE, "For tidlig", hovedaftale, null,
                LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1), "SOF", null, null, null, null,
                new AgreementContent("x", List.of(), "y", List.of())), owner, "test"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("kan ikke gælde fra");
        assertThat(register.get(id).validFrom()).isNull();
        // the whole of the parent's period, and no more, is accepted
        register.setValidity(id, LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), owner);
        assertThat(register.get(id).validTo()).isEqualTo(LocalDate.of(2029, 12, 31));
    }

    @Test
    void aDraftWithoutSuccessCriteriaOrWithAnUnknownLeadIsRefused() {
        hovedaftale(LocalDate.of(2029, 12, 31));
        Map<String, Object> noCriterion = draft("udlejning", null);
        noCriterion.put(Var.GOALS.getName(), JsonVariables.json(List.of(goal("Kortere venteliste", " "))));
        assertThatThrownBy(() -> start(noCriterion)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("succeskriterium");
        assertThatThrownBy(() -> start(draft("udlejning", "XYZ"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Ukendt ordførende forvaltning");
        assertThatThrownBy(() -> start(draft("groenne-gaarde", null))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Ukendt tema: 'groenne-gaarde'");
        Map<String, Object> noTitle = draft("udlejning", null);
        noTitle.put(Var.TITLE.getName(), "");
        assertThatThrownBy(() -> start(noTitle)).isInstanceOf(BadUserRequestException.class).hasMessageContaining("titel");
        assertNothingRecorded();
    }

    // --- agreed in a real Samarbejdsforum meeting, approved by both -----------------------------------------

    @Test
    void agreedInSamarbejdsforumApprovedByBothThenActivePublishedAndMailedToTheMembers() throws Exception {
        long hovedaftale = hovedaftale(LocalDate.of(2029, 12, 31));
        ProcessInstance pi = start(draft("udlejning", null));
        long id = agreementId(pi);
        Agreement draft = register.get(id);
        assertThat(draft.level()).isEqualTo(AgreementLevel.DELAFTALE);
        assertThat(draft.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.parentId()).isEqualTo(hovedaftale);
        assertThat(draft.processInstanceId()).isEqualTo(pi.getId());
        assertThat(draft.leadForvaltning()).as("F7: letting is led by SOF (DMN)").isEqualTo("SOF");
        assertThat(draft.createdBy()).isEqualTo("sekretaer");
        assertThat(register.versions(id).get(0).goals()).extracting(AgreementVersion.Goal::successCriterion)
                .containsExactly("Ventelisten er under 200 husstande");
        process(pi).hasPassedInOrder(Element.PROPOSE_LEAD, Element.CREATE_DELAFTALE).isWaitingAt(Element.NEGOTIATE_IN_SF);
        assertThat(agendaRequests.open("SF")).extracting(AgendaRequests.AgendaRequest::title,
                AgendaRequests.AgendaRequest::responsible).containsExactly(org.assertj.core.groups.Tuple.tuple("Delaftale: " + TITLE, "SOF"));

        // A6: the draft goes through a real Samarbejdsforum meeting
        LocalDate day = LocalDate.of(2027, 2, 11);
        ProcessInstance sf = startMeeting(day);
        executeDueJobs();
        moveClockTo(at(LocalDate.of(2027, 1, 21), 16, 1));
        List<Map<String, Object>> agenda = JsonVariables.objects(runtimeService.getVariable(sf.getId(), MeetingCycle.Var.AGENDA_ITEMS));
        assertThat(agenda).extracting(i -> i.get("title")).containsExactly("Delaftale: " + TITLE);
        taskService.complete(task(MeetingCycle.Element.PREPARE_AGENDA, sf).getId(),
                Map.of(MeetingCycle.Var.AGENDA_ITEMS, JsonVariables.json(agenda)));
        executeDueJobs();
        moveClockTo(at(day, 16, 1));
        List<Map<String, Object>> decisions = JsonVariables.objects(runtimeService.getVariable(sf.getId(), MeetingCycle.Var.DECISIONS));
        assertThat(decisions).singleElement().satisfies(d -> assertThat(d.get("agreementItem")).isEqualTo(true));
        decisions.get(0).put("decision", "Samarbejdsforum er enigt om udkastet.");
        decisions.get(0).put("outcome", "AGREED");
        actAs("sekretaer");
        try {
            taskService.complete(task(MeetingCycle.Element.RECORD_MINUTES, sf).getId(), Map.of(
                    MeetingCycle.Var.ATTENDANCE, JsonVariables.json(List.of("bl-aab", "tks-sof")),
                    MeetingCycle.Var.DECISIONS, JsonVariables.json(decisions), MeetingCycle.Var.MINUTES_TEXT, "Referat."));
        } finally {
            identityService.clearAuthentication();
        }
        process(pi).isWaitingAt(Element.NEGOTIATE_IN_SF);
        executeDueJobs();

        process(pi).hasPassed(Element.NEGOTIATE_IN_SF, Element.MARK_NEGOTIATED).isWaitingAt(Element.APPROVAL);
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.NEGOTIATED);
        assertThat(register.history(id)).last().satisfies(h -> {
            assertThat(h.note()).contains("Samarbejdsforum er enigt om udkastet.");
            assertThat(h.changedBy()).as("who recorded the minutes").isEqualTo("sekretaer");
            assertThat(h.timer()).isNull();
        });

        approve(id, AgreementApprovalProcess.Element.APPROVE_BR, "br-sekretaer", "APPROVED");
        assertThat(register.get(id).status()).as("BL has not decided yet").isEqualTo(AgreementStatus.NEGOTIATED);
        approve(id, AgreementApprovalProcess.Element.APPROVE_BL, "bl-sekretaer", "APPROVED");

        Agreement active = register.get(id);
        assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(active.publishedAt()).isNotNull();
        assertThat(active.validFrom()).isEqualTo(day);
        assertThat(active.validTo()).as("until the hovedaftale ends").isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(register.versions(id)).extracting(AgreementVersion::state).containsExactly("APPROVED");
        assertThat(register.approvals(id)).extracting(a -> a.body()).containsExactlyInAnyOrder("BR", "BL");
        assertThat(register.history(id)).extracting(h -> h.to()).containsExactly(AgreementStatus.DRAFT,
                AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE);

        executeDueJobs();
        List<MimeMessage> mails = delaftaleMails();
        assertThat(mails).as("one mail per member of Samarbejdsforum").hasSize(SF_MEMBERS);
        MimeMessage toMember = mailsTo("llo-repr@").stream().filter(m -> subject(m).startsWith("Delaftale i kraft"))
                .findFirst().orElseThrow();
        assertThat(subject(toMember)).isEqualTo("Delaftale i kraft: " + TITLE + " (Samarbejdsforum torsdag den 11. februar 2027)");
        assertThat(body(toMember)).contains("godkendt af både Borgerrepræsentationen og BL's 1. kreds")
                .contains("Ordførende forvaltning: SOF").contains("Succeskriterium: Ventelisten er under 200 husstande")
                .contains("til mandag den 31. december 2029").doesNotContain("afløser");
        process(pi).hasPassedInOrder(Element.APPROVAL, Element.ACTIVATE, Element.MAIL_SF_MEMBERS)
                .isWaitingAt(Element.REVISE_ACTIVE);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("sekretariat").count()).isOne();
    }

    // --- not agreed, revised, agreed ------------------------------------------------------------------------

    @Test
    void notAgreedInSamarbejdsforumIsRevisedAsVersionTwoThenAgreedAndApproved() throws Exception {
        hovedaftale(LocalDate.of(2029, 12, 31));
        long meeting = sfMeeting();
        ProcessInstance pi = start(draft("klima", "BIF"));
        long id = agreementId(pi);
        assertThat(register.get(id).leadForvaltning()).as("the secretariat overrides the DMN's TMF").isEqualTo("BIF");

        decide(id, "NOT_AGREED", "Målene skal skærpes.", meeting);
        process(pi).hasPassed(Element.GATEWAY_SF_AGREED).isWaitingAt(Element.REVISE_DRAFT).hasNotPassed(Element.MARK_NEGOTIATED);
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.DRAFT);
        Task revise = task(Element.REVISE_DRAFT, pi);
        assertThat(taskService.getVariable(revise.getId(), AgendaRequests.VAR_DECISION)).isEqualTo("Målene skal skærpes.");

        Map<String, Object> revision = revision("Klimatilpasning af alle afdelinger", "Alle afdelinger har en klimaplan i 2028");
        revision.remove(Var.REVISION_REASON.getName());
        actAs("sekretaer");
        assertThatThrownBy(() -> taskService.complete(revise.getId(), revision))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("hvad der er ændret");
        identityService.clearAuthentication();
        complete(revise, revision("Klimatilpasning af alle afdelinger", "Alle afdelinger har en klimaplan i 2028"));

        assertThat(register.versions(id)).extracting(AgreementVersion::version).containsExactly(1, 2);
        assertThat(register.versions(id).get(1).reason()).isEqualTo("Målene er skærpet efter drøftelsen i Samarbejdsforum.");
        assertThat(register.versions(id).get(1).createdBy()).isEqualTo("sekretaer");
        assertThat(agendaRequests.open("SF")).singleElement().satisfies(r -> assertThat(r.title()).endsWith("(version 2)"));

        decide(id, "AGREED", "Enighed om version 2.", meeting);
        approve(id, AgreementApprovalProcess.Element.APPROVE_BR, "br-sekretaer", "APPROVED");
        approve(id, AgreementApprovalProcess.Element.APPROVE_BL, "bl-sekretaer", "APPROVED");
        executeDueJobs();
        Agreement active = register.get(id);
        assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(active.currentVersion()).isEqualTo(2);
        assertThat(register.versions(id)).extracting(AgreementVersion::state).containsExactly("DRAFT", "APPROVED");
        assertThat(body(mailsTo("bl-aab@").get(0))).contains("Alle afdelinger har en klimaplan i 2028").contains("BIF")
                .doesNotContain("afløser");
        process(pi).isWaitingAt(Element.REVISE_ACTIVE);
    }

    @Test
    void aDraftSamarbejdsforumCannotAgreeOnIsWithdrawn() {
        hovedaftale(LocalDate.of(2029, 12, 31));
        long meeting = sfMeeting();
        ProcessInstance pi = start(draft("boligsocial", null));
        long id = agreementId(pi);
        decide(id, "NOT_AGREED", "Ingen enighed.", meeting);
        Map<String, Object> withdraw = new HashMap<>(Map.of(Var.REVISION_ACTION.getName(), DelaftaleProcess.ACTION_WITHDRAW,
                Var.REVISION_REASON.getName(), "Parterne er ikke enige om behovet."));
        complete(task(Element.REVISE_DRAFT, pi), withdraw);
        process(pi).hasPassed(Element.WITHDRAW).isEnded();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.REJECTED);
        assertThat(register.history(id)).last().satisfies(h -> assertThat(h.note()).contains("Parterne er ikke enige om behovet."));
    }

    // --- BR rejects: back to Samarbejdsforum -----------------------------------------------------------------

    @Test
    void aRejectionByBrSendsTheDelaftaleBackToDraftAndToSamarbejdsforumAgain() throws Exception {
        hovedaftale(LocalDate.of(2029, 12, 31));
        long meeting = sfMeeting();
        ProcessInstance pi = start(draft("udlejning", null));
        long id = agreementId(pi);
        decide(id, "AGREED", "Enighed.", meeting);
        process(pi).isWaitingAt(Element.APPROVAL);

        // A2: an overdue approval reminds the bodies' secretariats and escalates to the forums' secretariat
        ProcessInstance approval = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        moveClockTo(TODAY.plus(60, ChronoUnit.DAYS));
        assertThat(approval).hasPassed(AgreementApprovalProcess.Element.SEND_BR_REMINDER,
                AgreementApprovalProcess.Element.SEND_BL_REMINDER, AgreementApprovalProcess.Element.SEND_BR_ESCALATION,
                AgreementApprovalProcess.Element.SEND_BL_ESCALATION);

        approve(id, AgreementApprovalProcess.Element.APPROVE_BR, "br-sekretaer", "REJECTED");
        assertThat(taskService.createTaskQuery().taskDefinitionKey(AgreementApprovalProcess.Element.APPROVE_BL).count())
                .as("BL's decision is no longer needed").isZero();
        executeDueJobs();
        process(pi).hasPassed(Element.RETURN_TO_DRAFT).isWaitingAt(Element.REVISE_DRAFT);
        // Samarbejdsforum, which negotiates the delaftale again, and the secretariat are told why
        for (String reader : List.of("bl-aab@", "llo-repr@", "<sekretaer@")) {
            assertThat(mailsTo(reader)).as(reader).filteredOn(m -> body(m).contains("har ikke godkendt")).singleElement()
                    .satisfies(m -> assertThat(body(m)).contains("Begrundelse: Aftalen er ikke acceptabel i sin nuværende form")
                            .contains("forelægges Samarbejdsforum"));
        }
        assertThat(mailsTo("bl-fsb@")).as("Partnerskabsforum does not negotiate delaftaler").isEmpty();
        Agreement back = register.get(id);
        assertThat(back.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(register.history(id)).last().satisfies(h -> {
            assertThat(h.from()).isEqualTo(AgreementStatus.NEGOTIATED);
            assertThat(h.note()).contains("BR").contains("Aftalen er ikke acceptabel i sin nuværende form");
        });
        assertThat(register.versions(id)).extracting(AgreementVersion::state).containsExactly("REJECTED");

        complete(task(Element.REVISE_DRAFT, pi), revision("Kortere venteliste", "Ventelisten er under 150 husstande"));
        process(pi).isWaitingAt(Element.NEGOTIATE_IN_SF);
        assertThat(agendaRequests.open("SF")).hasSize(1);
        decide(id, "AGREED", "Enighed om den reviderede tekst.", meeting);
        approve(id, AgreementApprovalProcess.Element.APPROVE_BR, "br-sekretaer", "APPROVED");
        approve(id, AgreementApprovalProcess.Element.APPROVE_BL, "bl-sekretaer", "APPROVED");
        Agreement active = register.get(id);
        assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(active.currentVersion()).isEqualTo(2);
        assertThat(register.history(id)).extracting(h -> h.to()).containsExactly(AgreementStatus.DRAFT,
                AgreementStatus.NEGOTIATED, AgreementStatus.DRAFT, AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED,
                AgreementStatus.ACTIVE);
    }

    // --- revision of the active delaftale --------------------------------------------------------------------

    @Test
    void aRevisionOfTheActiveDelaftaleIsVersionTwoAndBecomesCurrentOnceApproved() throws Exception {
        hovedaftale(LocalDate.of(2029, 12, 31));
        long meeting = sfMeeting();
        ProcessInstance pi = activeDelaftale(meeting);
        long id = agreementId(pi);
        Instant firstPublished = register.get(id).publishedAt();

        ClockUtil(TODAY.plus(30, ChronoUnit.DAYS));
        complete(task(Element.REVISE_ACTIVE, pi), revision("Fleksibel udlejning", "Halvdelen af afdelingerne bruger fleksibel udlejning"));
        assertThat(register.versions(id)).extracting(AgreementVersion::version, AgreementVersion::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "APPROVED"), org.assertj.core.groups.Tuple.tuple(2, "DRAFT"));
        Agreement stillInForce = register.get(id);
        assertThat(stillInForce.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(stillInForce.currentVersion()).as("version 1 is in force until version 2 is approved").isEqualTo(1);
        assertThat(agendaRequests.open("SF")).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Revision af delaftale: " + TITLE + " (version 2)"));

        decide(id, "AGREED", "Enighed om revisionen.", meeting);
        approve(id, AgreementApprovalProcess.Element.APPROVE_BR, "br-sekretaer", "APPROVED");
        approve(id, AgreementApprovalProcess.Element.APPROVE_BL, "bl-sekretaer", "APPROVED");
        Agreement revised = register.get(id);
        assertThat(revised.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(revised.currentVersion()).isEqualTo(2);
        assertThat(revised.publishedAt()).isAfter(firstPublished);
        assertThat(revised.validFrom()).as("the delaftale's period is unchanged").isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(register.versions(id).get(0).goals()).as("version 1 stays readable")
                .extracting(AgreementVersion.Goal::goal).containsExactly("Kortere venteliste");
        // the revision is in the history, with who agreed it in the minutes and who approved it, without leaving ACTIVE
        assertThat(register.history(id)).extracting(h -> h.to()).containsExactly(AgreementStatus.DRAFT,
                AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE, AgreementStatus.ACTIVE,
                AgreementStatus.ACTIVE);
        assertThat(register.history(id).subList(4, 6)).extracting(StatusChange::note).containsExactly(
                "Enighed i Samarbejdsforum om version 2: Enighed om revisionen.",
                "Godkendt af Borgerrepræsentationen og BL's 1. kreds (version 2)");
        assertThat(register.history(id).get(5).changedBy()).as("who registered the approval that settled it")
                .isEqualTo("bl-sekretaer");

        executeDueJobs();
        List<MimeMessage> toAab = mailsTo("bl-aab@");
        assertThat(toAab).hasSize(2);
        assertThat(body(toAab.get(1))).contains("Den reviderede delaftale").contains("version 2").contains("afløser")
                .contains("Halvdelen af afdelingerne bruger fleksibel udlejning");
        process(pi).isWaitingAt(Element.REVISE_ACTIVE);
    }

    // --- a life that ends (A6) ------------------------------------------------------------------------------

    @Test
    void aDelaftaleEndsWithItsPeriodClosingARunningRevisionAndEndsTheEnkeltaftalerBeneathIt() throws Exception {
        hovedaftale(LocalDate.of(2029, 12, 31));
        long meeting = sfMeeting();
        ProcessInstance pi = activeDelaftale(meeting);
        long id = agreementId(pi);
        assertThat(register.get(id).validTo()).isEqualTo(LocalDate.of(2029, 12, 31));
        // an enkeltaftale beneath it whose own process has already ended: the register alone moves it
        long enkeltaftale = activeChild(id, LocalDate.of(2029, 12, 31));
        // a revision under way: SF agreed, BR and BL are still to decide
        complete(task(Element.REVISE_ACTIVE, pi), revision("Fleksibel udlejning", "Halvdelen af afdelingerne bruger fleksibel udlejning"));
        decide(id, "AGREED", "Enighed om revisionen.", meeting);
        assertThat(openTasksOf(id)).isNotEmpty();

        moveClockTo(at(LocalDate.of(2029, 12, 31), 23, 59));
        assertThat(register.get(id).status()).as("in force through its last day").isEqualTo(AgreementStatus.ACTIVE);
        assertThat(register.get(enkeltaftale).status()).isEqualTo(AgreementStatus.ACTIVE);
        process(pi).isWaitingAt(Element.PERIOD_ENDS);

        moveClockTo(at(LocalDate.of(2030, 1, 1), 0, 1));
        process(pi).hasPassed(Element.EXPIRE, Element.EXPIRED).isEnded();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(register.history(id)).last().satisfies(h -> {
            assertThat(h.note()).isEqualTo("Gyldighedsperioden er udløbet");
            assertThat(h.changedBy()).isEqualTo("system");
        });
        assertThat(register.get(enkeltaftale).status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(register.history(enkeltaftale)).last().extracting(StatusChange::note)
                .isEqualTo("'" + TITLE + "' er udløbet; aftalen ophører med den");
        assertThat(openTasksOf(id)).as("no revision or approval task is left open").isEmpty();
    }

    @Test
    void aDelaftaleEndsWithItsHovedaftaleAndItsTaskCloses() throws Exception {
        long hovedaftale = hovedaftale(LocalDate.of(2029, 12, 31));
        ProcessInstance pi = activeDelaftale(sfMeeting());
        long id = agreementId(pi);
        process(pi).isWaitingAt(Element.REVISE_ACTIVE);
        assertThatThrownBy(() -> lifecycle.endDescendants(hovedaftale, "forsøg", "another-process", Actor.timer("Aftaleperioden udløber")))
                .as("only the hovedaftale's own process ends what lies beneath it").isInstanceOf(BadUserRequestException.class);
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.ACTIVE);

        // as the hovedaftale's expiry step does
        lifecycle.endDescendants(hovedaftale, "Hovedaftalen 'Hovedaftale 2026–2029' er afløst; aftalen ophører med den", HOVEDAFTALE_OWNER,
                Actor.timer("Aftaleperioden begynder"));
        process(pi).hasPassed(Element.ENDED_WITH_PARENT).isEnded();
        assertThat(register.get(id).status()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(register.history(id)).last().extracting(StatusChange::note)
                .isEqualTo("Hovedaftalen 'Hovedaftale 2026–2029' er afløst; aftalen ophører med den");
        assertThat(openTasksOf(id)).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A delaftale agreed in SF at the meeting and approved by both: ACTIVE, waiting at *Revidér delaftalen*. */
    private ProcessInstance activeDelaftale(long meeting) {
        ProcessInstance pi = start(draft("udlejning", null));
        long id = agreementId(pi);
        decide(id, "AGREED", "Enighed.", meeting);
        approve(id, AgreementApprovalProcess.Element.APPROVE_BR, "br-sekretaer", "APPROVED");
        approve(id, AgreementApprovalProcess.Element.APPROVE_BL, "bl-sekretaer", "APPROVED");
        executeDueJobs();
        return pi;
    }

    /** An ACTIVE enkeltaftale beneath the agreement, owned by a process that has ended. */
    private long activeChild(long parentId, LocalDate validTo) {
        String owner = "test-ended-enkeltaftale";
        long child = register.create(new NewAgreement(AgreementLevel.ENKELTAFTALE, "Tryghed i Solgården", parentId, null,
                LocalDate.of(2027, 1, 4), validTo, null, "SOF", null, null, null,
                new AgreementContent("tryghed", List.of(new AgreementVersion.Goal("Tryghed", "Indekset stiger")), "Tekst",
                        List.of())), owner, "test");
        for (AgreementStatus s : List.of(AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE)) {
            register.transition(child, s, "test", owner, "test");
        }
        return child;
    }

    /** The open tasks of the delaftale's process and of the approval it called. */
    private List<Task> openTasksOf(long agreementId) {
        return taskService.createTaskQuery().processVariableValueEquals(Var.AGREEMENT_ID.getName(), agreementId).list();
    }

    private static void ClockUtil(Instant at) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(at));
    }

    /** An ACTIVE hovedaftale, moved there by a placeholder owner as the hovedaftale process would. */
    private long hovedaftale(LocalDate validTo) {
        long id = register.create(new NewAgreement(AgreementLevel.HOVEDAFTALE, "Hovedaftale 2026–2029", null, null,
                LocalDate.of(2026, 1, 1), validTo, null, null, null, null, null,
                new AgreementContent("Udlejning", List.of(new AgreementVersion.Goal("Tryghed", "Tryghedsindekset stiger")),
                        "Tekst", List.of())), HOVEDAFTALE_OWNER, "test");
        for (AgreementStatus s : List.of(AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE)) {
            register.transition(id, s, "test", HOVEDAFTALE_OWNER, "test");
        }
        return id;
    }

    private static Map<String, Object> draft(String theme, String lead) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.TITLE.getName(), TITLE);
        vars.put(Var.THEME.getName(), theme);
        vars.put(Var.LEAD_FORVALTNING.getName(), lead);
        vars.put(Var.GOALS.getName(), JsonVariables.json(List.of(goal("Kortere venteliste", "Ventelisten er under 200 husstande"))));
        vars.put(Var.BODY.getName(), "Parterne er enige om følgende.");
        return vars;
    }

    private static Map<String, Object> revision(String goal, String criterion) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.THEME.getName(), "udlejning");
        vars.put(Var.GOALS.getName(), JsonVariables.json(List.of(goal(goal, criterion))));
        vars.put(Var.BODY.getName(), "Revideret tekst.");
        vars.put(Var.REVISION_REASON.getName(), "Målene er skærpet efter drøftelsen i Samarbejdsforum.");
        return vars;
    }

    private static Map<String, Object> goal(String goal, String criterion) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("goal", goal);
        g.put("successCriterion", criterion);
        return g;
    }

    private ProcessInstance start(Map<String, Object> vars) {
        actAs("sekretaer");
        try {
            return runtimeService.startProcessInstanceByKey(DelaftaleProcess.PROCESS_KEY, vars);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void complete(Task task, Map<String, Object> vars) {
        actAs("sekretaer");
        try {
            taskService.complete(task.getId(), vars);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void assertNothingRecorded() {
        assertThat(register.all()).noneMatch(a -> a.level() == AgreementLevel.DELAFTALE);
        assertThat(agendaRequests.open("SF")).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DelaftaleProcess.PROCESS_KEY).count()).isZero();
    }

    private long agreementId(ProcessInstance pi) {
        return (Long) runtimeService.getVariable(pi.getId(), Var.AGREEMENT_ID.getName());
    }

    /** A Samarbejdsforum meeting that the decisions below are recorded at. */
    private long sfMeeting() {
        Instant start = at(LocalDate.of(2027, 2, 11), 14, 0);
        return meetings.insert("SF", new MeetingSchedule(start, start.plus(2, ChronoUnit.HOURS), null, start, null,
                start.plus(7, ChronoUnit.DAYS), null), "Teknik- og Miljøforvaltningen, Center for Bydesign", null, "test",
                "test", TODAY);
    }

    /** Samarbejdsforum's decision on the open request of the agreement, as the minutes record it. */
    private void decide(long agreementId, String outcome, String decision, long meetingId) {
        AgendaRequests.AgendaRequest request = agendaRequests.open("SF").stream()
                .filter(r -> r.agreementId() != null && r.agreementId() == agreementId).findFirst().orElseThrow();
        agendaRequests.takeUp(request.id(), meetingId);
        agendaRequests.decide(request.id(), outcome, decision, meetingId);
        executeDueJobs();
    }

    private void approve(long agreementId, String taskKey, String user, String decision) {
        Task approval = taskService.createTaskQuery().taskDefinitionKey(taskKey)
                .processVariableValueEquals(Var.AGREEMENT_ID.getName(), agreementId).singleResult();
        assertThat(approval).as(taskKey + " for agreement " + agreementId).isNotNull();
        Map<String, Object> vars = new HashMap<>();
        vars.put("approvalDecision", decision);
        vars.put("decidedOn", org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                .atZone(dk.kk.almenstyring.common.DanishText.COPENHAGEN).toLocalDate().toString());
        vars.put("caseReference", "2027-0042");
        vars.put("rejectionReason", "REJECTED".equals(decision) ? "Aftalen er ikke acceptabel i sin nuværende form" : null);
        actAs(user);
        try {
            taskService.complete(approval.getId(), vars);
        } finally {
            identityService.clearAuthentication();
        }
        executeDueJobs(); // the delaftale takes up the outcome in its own transaction
    }

    private ProcessInstance startMeeting(LocalDate day) {
        actAs("sekretaer");
        try {
            return runtimeService.startProcessInstanceByKey(MeetingCycle.PROCESS_KEY, Map.of(MeetingCycle.Var.FORUM_KEY, "SF",
                    MeetingCycle.Var.MEETING_DATE, day.toString(), MeetingCycle.Var.MEETING_TIME, "14:00"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<MimeMessage> delaftaleMails() {
        return List.of(SMTP.getReceivedMessages()).stream().filter(m -> subject(m).startsWith("Delaftale i kraft")).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProcessInstanceAssert process(ProcessInstance pi) {
        return assertThat(pi);
    }
}
