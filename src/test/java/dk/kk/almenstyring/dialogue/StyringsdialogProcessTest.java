package dk.kk.almenstyring.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.CoverageExcludes;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementLevel;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.agreement.NewAgreement;
import dk.kk.almenstyring.approval.AgreementFixtures;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Dialogue;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Round;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.supervision.ExtendedSupervision;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The styringsdialog (S1, S2, A7) through its models with the real tables and mail: a round opened by the
 * secretariat (or its timer), an organisation booking inside the window, the forvaltninger's agenda items, the
 * meeting held, TMF's report with an enkeltaftale started from it, and the reminders and escalations when a booking
 * or a report is late. The round's figures are checked on the round's instance as Cockpit shows them.
 */
@RecordApplicationEvents
@CoverageExcludes({"meeting-cycle", "agenda-proposal", "agreement-approval", "accession", "delaftale",
        "enkeltaftale", "aarshjul-yearly", "aarshjul", "aarlig-evaluering"})
class StyringsdialogProcessTest extends ProcessTestSupport {

    static final String KAB_MAIL = "kontakt@kab.";
    /** Monday 16 August 2027, the day after the round's usual start. */
    static final LocalDate ROUND_DAY = LocalDate.of(2027, 8, 16);

    @Autowired
    FormService formService;
    @Autowired
    AgreementRegister agreements;
    @Autowired
    HousingRegister housing;
    @Autowired
    DialogueRegister register;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ExtendedSupervision supervision;

    long hovedaftale;
    long kabEnkeltaftale;
    long aabEnkeltaftale;

    @BeforeEach
    void agreementsInForce() {
        moveClockTo(at(ROUND_DAY, 9, 0));
        hovedaftale = AgreementFixtures.activeHovedaftale(agreements, "Hovedaftale 2027–2030").id();
        kabEnkeltaftale = enkeltaftale("KAB", "Tryghed i Demoparken", "Færre fraflytninger");
        aabEnkeltaftale = enkeltaftale("AAB", "Grønne gårde i AAB", "Flere grønne gårde");
    }

    @Test
    void theSecretariatOpensTheRoundAndEveryOrganisationIsInvitedOnce() throws Exception {
        ProcessInstance round = startRound(2027);

        assertThat(round).isWaitingAt(Round.DIALOGUES).hasPassed(Round.SELECT_EXTENDED_SUPERVISION);
        assertThat(supervision.listFor(2027).selected()).as("S6: the year's list is selected as the round opens").isTrue();
        int organisations = housing.all().size();
        assertThat(register.ofYear(2027)).hasSize(organisations)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DialogueStatus.INVITED));
        assertThat(runtimeService.getVariables(round.getId())).containsEntry(Var.INVITED, organisations)
                .containsEntry(Var.BOOKED, 0).containsEntry(Var.HELD, 0).containsEntry(Var.REPORTED, 0)
                .containsEntry(Var.TASK_SUBJECT, "Styringsdialog 2027");
        assertThat(round.getBusinessKey()).isEqualTo("styringsdialog-2027");
        ProcessInstance kab = dialogue("KAB");
        assertThat(kab).isWaitingAt(Dialogue.SEND_INVITATION);
        assertThat(runtimeService.getVariable(kab.getId(), Var.TASK_SUBJECT)).isEqualTo("Styringsdialog 2027 – KAB");

        executeDueJobs();
        assertThat(kab).isWaitingAt(Dialogue.BOOK_MEETING);
        Task book = taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult();
        assertThat(taskService.createTaskQuery().taskId(book.getId()).taskCandidateGroup("bo-kab").count()).isOne();
        assertThat(book.getName()).startsWith("Book styringsdialogmøde");
        MimeMessage invitation = single(mailsTo(KAB_MAIL));
        assertThat(invitation.getSubject()).isEqualTo("Styringsdialog 2027: book jeres møde med kommunen");
        assertThat(text(invitation)).contains("onsdag den 1. september 2027 til fredag den 31. december 2027")
                .contains("senest mandag den 13. september 2027 kl. 16:00").contains("\"Book styringsdialogmøde\"")
                .contains("/camunda/app/tasklist/");

        // one round a year: a second start for 2027 is refused, and nothing is recorded
        actAs("sekretaer");
        assertThatThrownBy(() -> submitRound(2027)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Styringsdialogen 2027 er allerede sat i gang");
        assertThatThrownBy(() -> submitRound(2025)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("for i år eller næste år (2027 eller 2028)");
        assertThatThrownBy(() -> formService.submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(StyringsdialogProcess.ROUND_KEY).latestVersion().singleResult().getId(), Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Angiv året for runden");
        identityService.clearAuthentication();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(StyringsdialogProcess.ROUND_KEY).count())
                .isOne();
    }

    @Test
    void anOrganisationBooksAWorkingDayInsideTheWindowAndNothingElse() {
        startRound(2027);
        executeDueJobs();
        ProcessInstance kab = dialogue("KAB");
        Task book = taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult();

        actAs("bo-kab");
        assertThatThrownBy(() -> book(book, "31.08.2027")).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mødedatoen tirsdag den 31. august 2027 ligger uden for styringsdialogens periode 2027"
                        + " (onsdag den 1. september 2027 til fredag den 31. december 2027).");
        assertThatThrownBy(() -> book(book, "03.01.2028")).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mødedatoen mandag den 3. januar 2028 ligger uden for styringsdialogens periode 2027"
                        + " (onsdag den 1. september 2027 til fredag den 31. december 2027).");
        assertThatThrownBy(() -> book(book, "04.09.2027")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Lørdag den 4. september 2027 er en weekenddag. Vælg en arbejdsdag.");
        assertThatThrownBy(() -> book(book, "24.12.2027")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("er en lukkedag");
        assertThatThrownBy(() -> book(book, "31.02.2027")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("findes ikke i kalenderen");
        identityService.clearAuthentication();
        assertThat(register.get(dialogueId(kab)).status()).as("nothing recorded").isEqualTo(DialogueStatus.INVITED);
        assertThat(kab).isWaitingAt(Dialogue.BOOK_MEETING);

        // another organisation can neither see nor book KAB's dialogue
        actAs("bo-aab");
        assertThat(taskService.createTaskQuery().processInstanceId(kab.getId()).count()).isZero();
        assertThatThrownBy(() -> book(book, "14.10.2027")).isInstanceOf(AuthorizationException.class);
        // nor may KAB write anything beyond its form's fields
        actAs("bo-kab");
        Map<String, Object> sneaky = booking("14.10.2027");
        sneaky.put(Var.ORGANISATION_CODE, "AAB");
        assertThatThrownBy(() -> taskService.complete(book.getId(), sneaky)).isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();
        assertThat(register.get(dialogueId(kab)).status()).isEqualTo(DialogueStatus.INVITED);

        actAs("bo-kab");
        book(book, "14.10.2027");
        identityService.clearAuthentication();
        DialogueRecord booked = register.get(dialogueId(kab));
        assertThat(booked.status()).isEqualTo(DialogueStatus.BOOKED);
        assertThat(booked.meetingAt()).isEqualTo(at(LocalDate.of(2027, 10, 14), 10, 0));
        assertThat(booked.bookedBy()).isEqualTo("bo-kab");
        assertThat(booked.agendaDeadline()).as("5 working days before").isEqualTo(at(LocalDate.of(2027, 10, 7), 16, 0));
        assertThat(runtimeService.getVariable(roundId(), Var.BOOKED)).isEqualTo(1);
    }

    @Test
    void bookedHeldAndReportedWithTheForvaltningerTakingPartAndAnEnkeltaftaleStartedFromTheReport() throws Exception {
        ProcessInstance kab = bookedByKab();

        // S1: all seven forvaltninger are asked, each in its own group
        List<Task> asked = taskService.createTaskQuery().processInstanceId(kab.getId())
                .taskDefinitionKey(Dialogue.PROPOSE_AGENDA_ITEMS).list();
        assertThat(asked).hasSize(7);
        assertThat(asked).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(java.util.Date.from(at(LocalDate.of(2027, 10, 7), 16, 0))));
        for (String group : StyringsdialogProcess.FORVALTNING_GROUPS) {
            assertThat(taskService.createTaskQuery().processInstanceId(kab.getId()).taskCandidateGroup(group).count())
                    .as(group).isOne();
        }
        answer(kab, "sof", "tks-sof", "JA", "Udlejning til unge\n\nTryghed i opgangene");
        answer(kab, "buf", "tks-buf", "NEJ", null);
        actAs("tks-sof");
        Task sofAgain = taskService.createTaskQuery().processInstanceId(kab.getId()).taskCandidateGroup("sof").singleResult();
        assertThat(sofAgain).as("answered once").isNull();
        identityService.clearAuthentication();

        // the deadline passes without the other five: agenda and participants to the organisation and those taking part
        moveClockTo(at(LocalDate.of(2027, 10, 7), 16, 1));
        assertThat(kab).isWaitingAt(Dialogue.MEETING_HELD);
        MimeMessage agenda = single(mailsTo(KAB_MAIL).stream().filter(m -> subject(m).startsWith("Dagsorden")).toList());
        assertThat(agenda.getSubject()).isEqualTo("Dagsorden: styringsdialogmøde med KAB torsdag den 14. oktober 2027 kl. 10:00");
        assertThat(text(agenda)).contains("- KAB\n").contains("- SOF\n").doesNotContain("- BUF")
                .contains("1. Udlejning til unge\n    Fra: SOF").contains("2. Tryghed i opgangene\n    Fra: SOF")
                .contains("Mødested: Njalsgade 13");
        assertThat(mailsTo("tks-sof@").stream().filter(m -> subject(m).startsWith("Dagsorden"))).hasSize(1);
        assertThat(mailsTo("sekretaer@").stream().filter(m -> subject(m).startsWith("Dagsorden"))).hasSize(1);
        assertThat(mailsTo("tks-buf@").stream().filter(m -> subject(m).startsWith("Dagsorden"))).as("not taking part").isEmpty();
        assertThat(mailsTo("tks-kff@").stream().filter(m -> subject(m).startsWith("Dagsorden"))).as("did not answer").isEmpty();

        // held: the report lists every goal of the agreements in force for KAB, not another organisation's
        moveClockTo(at(LocalDate.of(2027, 10, 14), 12, 1));
        assertThat(kab).isWaitingAt(Dialogue.RECORD_REPORT);
        assertThat(register.get(dialogueId(kab)).status()).isEqualTo(DialogueStatus.HELD);
        assertThat(runtimeService.getVariables(roundId())).containsEntry(Var.BOOKED, 1).containsEntry(Var.HELD, 1)
                .containsEntry(Var.REPORTED, 0);
        List<Map<String, Object>> goals = JsonVariables.objects(runtimeService.getVariable(kab.getId(), Var.GOAL_ASSESSMENTS));
        assertThat(goals).extracting(g -> g.get("agreementId") + " " + g.get("agreementTitle") + ": " + g.get("goal"))
                .containsExactly(hovedaftale + " Hovedaftale: Hovedaftale 2027–2030: Kortere venteliste",
                        kabEnkeltaftale + " Enkeltaftale: Tryghed i Demoparken: Færre fraflytninger");

        Task report = taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult();
        actAs("sekretaer");
        assertThatThrownBy(() -> taskService.complete(report.getId(), report(goals, "ON_TRACK", null, "ON_TRACK", null, List.of())))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Skriv afrapporteringen fra mødet.");
        assertThatThrownBy(() -> taskService.complete(report.getId(),
                report(goals, "ON_TRACK", null, "NOT_ON_TRACK", " ", List.of()).with(Var.REPORT_TEXT, "Godt møde.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Skriv en kommentar til målet 'Færre fraflytninger'");
        assertThatThrownBy(() -> taskService.complete(report.getId(),
                report(goals.subList(0, 1), "ON_TRACK", null, null, null, List.of()).with(Var.REPORT_TEXT, "Godt møde.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("hvert af de 2 mål");
        Map<String, Object> badEnkeltaftale = enkeltaftaleRow("Unge i job i Demoparken", 999_999L);
        assertThatThrownBy(() -> taskService.complete(report.getId(),
                report(goals, "ON_TRACK", null, "NOT_ON_TRACK", "Fraflytningen steg", List.of(badEnkeltaftale))
                        .with(Var.REPORT_TEXT, "Godt møde.").with(Var.ENKELTAFTALE_FOLLOW_UP_DATE, "01.06.2028")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("Enkeltaftale nr. 1 ('Unge i job i Demoparken'): Aftalen med nummer 999999 findes ikke.");
        // the goals' read-only keys and texts come back as shown; blanked over /engine-rest the report is refused
        List<Map<String, Object>> blankedGoal = goals.stream().map(LinkedHashMap::new).collect(java.util.stream.Collectors.toList());
        blankedGoal.get(0).put("goal", "");
        List<Map<String, Object>> noAgreement = goals.stream().map(LinkedHashMap::new).collect(java.util.stream.Collectors.toList());
        noAgreement.get(1).put("agreementId", null);
        for (List<Map<String, Object>> tampered : List.of(blankedGoal, noAgreement)) {
            assertThatThrownBy(() -> taskService.complete(report.getId(),
                    report(tampered, "ON_TRACK", null, "ON_TRACK", null, List.of()).with(Var.REPORT_TEXT, "Godt møde.")))
                    .isInstanceOf(BadUserRequestException.class)
                    .hasMessage("Et mål i afrapporteringen mangler sin aftale eller sin tekst. Send formularen, som den blev vist.");
        }
        String aabEstate = housing.require("AAB").estates().get(0).number();
        assertThatThrownBy(() -> taskService.complete(report.getId(),
                report(goals, "ON_TRACK", null, "ON_TRACK", null, List.of()).with(Var.REPORT_TEXT, "Godt møde.")
                        .with(Var.SUPERVISION_ESTATES, "KAB-101, " + aabEstate).with(Var.SUPERVISION_REASON, "Fugt i kældrene")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining(aabEstate);
        identityService.clearAuthentication();
        assertThat(register.get(dialogueId(kab)).status()).as("nothing of a refused report is recorded").isEqualTo(DialogueStatus.HELD);
        assertThat(supervision.listFor(2027).estates()).noneMatch(e -> e.reasons().stream()
                .anyMatch(r -> r.reason().equals("Fugt i kældrene")));
        assertThat(register.assessments(dialogueId(kab))).isEmpty();

        actAs("sekretaer");
        taskService.complete(report.getId(), report(goals, "ON_TRACK", null, "NOT_ON_TRACK", "Fraflytningen steg i 2027",
                List.of(enkeltaftaleRow("Unge i job i Demoparken", hovedaftale)))
                .with(Var.REPORT_TEXT, "KAB er godt på vej; fraflytningen i Demoparken skal ned.")
                .with(Var.SUPERVISION_ESTATES, "KAB-101, KAB-107").with(Var.SUPERVISION_REASON, "Fugt i kældrene")
                .with(Var.ENKELTAFTALE_FOLLOW_UP_DATE, "01.06.2028"));
        identityService.clearAuthentication();

        assertThat(kab).isEnded().hasPassed(Dialogue.SAVE_REPORT);
        DialogueRecord reported = register.get(dialogueId(kab));
        assertThat(reported.status()).isEqualTo(DialogueStatus.REPORTED);
        assertThat(reported.reportedBy()).isEqualTo("sekretaer");
        assertThat(register.assessments(dialogueId(kab))).extracting(a -> a.goal() + "=" + a.onTrack() + "/" + a.comment())
                .containsExactly("Kortere venteliste=true/null", "Færre fraflytninger=false/Fraflytningen steg i 2027");
        assertThat(register.contributions(dialogueId(kab))).extracting(c -> c.forvaltning() + "=" + c.takesPart())
                .containsExactly("BUF=false", "SOF=true");
        assertThat(runtimeService.getVariable(roundId(), Var.REPORTED)).isEqualTo(1);

        // S6: the estates KAB brought in at the meeting are on the year's list, with the reason and who added them
        assertThat(supervision.listFor(2027).estates()).filteredOn(e -> e.organisationCode().equals("KAB"))
                .filteredOn(e -> e.reasons().stream().anyMatch(r -> r.reason().equals("Fugt i kældrene")
                        && r.addedBy().equals("sekretaer")))
                .extracting(e -> e.number()).containsExactlyInAnyOrder("KAB-101", "KAB-107");

        // A7: the enkeltaftale agreed at the meeting is under way, linked to the dialogue, initiated by the reporter
        List<String> started = register.enkeltaftaleInstances(dialogueId(kab));
        assertThat(started).hasSize(1);
        ProcessInstance enkeltaftale = runtimeService.createProcessInstanceQuery().processInstanceId(started.get(0)).singleResult();
        assertThat(enkeltaftale.getProcessDefinitionId()).startsWith(EnkeltaftaleProcess.PROCESS_KEY + ":");
        assertThat(runtimeService.getVariable(enkeltaftale.getId(), Var.DIALOGUE_ID)).isEqualTo(dialogueId(kab));
        Agreement agreed = agreements.get(((Number) runtimeService.getVariable(enkeltaftale.getId(),
                EnkeltaftaleProcess.Var.AGREEMENT_ID.getName())).longValue());
        assertThat(agreed.level()).isEqualTo(AgreementLevel.ENKELTAFTALE);
        assertThat(agreed.title()).isEqualTo("Unge i job i Demoparken");
        assertThat(agreed.organisationId()).isEqualTo(housing.require("KAB").id());
        assertThat(agreed.forvaltning()).isEqualTo("SOF");
        assertThat(agreed.parentId()).isEqualTo(hovedaftale);
        assertThat(agreed.followUpDate()).isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(agreed.createdBy()).isEqualTo("sekretaer");
        assertThat(enkeltaftale).isWaitingAt(EnkeltaftaleProcess.Element.FORVALTNING_AGREES,
                EnkeltaftaleProcess.Element.ORGANISATION_AGREES);
    }

    /**
     * Organisations book, and TMF saves reports, at the same moment in Tasklist: neither is refused with the engine's
     * "changed by someone else", and the round's figures count both. The first stays uncommitted while the second
     * completes, as two requests overlap on the server.
     */
    @Test
    void twoBookingsAndTwoReportsAtTheSameMomentAreBothTakenAndCounted() throws Exception {
        roundOf2027();
        ProcessInstance kab = dialogue("KAB");
        ProcessInstance aab = dialogue("AAB");
        Task kabBooking = taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult();
        Task aabBooking = taskService.createTaskQuery().processInstanceId(aab.getId()).singleResult();

        overlapping(() -> {
            actAs("bo-kab");
            book(kabBooking, "14.10.2027");
        }, () -> {
            actAs("bo-aab");
            book(aabBooking, "14.10.2027");
        });

        assertThat(register.get(dialogueId(kab)).status()).isEqualTo(DialogueStatus.BOOKED);
        assertThat(register.get(dialogueId(aab)).status()).isEqualTo(DialogueStatus.BOOKED);
        assertThat(runtimeService.getVariables(roundId())).containsEntry(Var.BOOKED, 2).containsEntry(Var.HELD, 0);

        moveClockTo(at(LocalDate.of(2027, 10, 14), 12, 1));
        assertThat(kab).isWaitingAt(Dialogue.RECORD_REPORT);
        assertThat(aab).isWaitingAt(Dialogue.RECORD_REPORT);
        List<Map<String, Object>> kabGoals = JsonVariables.objects(runtimeService.getVariable(kab.getId(), Var.GOAL_ASSESSMENTS));
        List<Map<String, Object>> aabGoals = JsonVariables.objects(runtimeService.getVariable(aab.getId(), Var.GOAL_ASSESSMENTS));
        Task kabReport = taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult();
        Task aabReport = taskService.createTaskQuery().processInstanceId(aab.getId()).singleResult();

        overlapping(() -> {
            actAs("sekretaer");
            taskService.complete(kabReport.getId(), report(kabGoals, "ON_TRACK", null, "ON_TRACK", null, List.of())
                    .with(Var.REPORT_TEXT, "KAB er godt på vej."));
        }, () -> {
            actAs("sekretaer");
            taskService.complete(aabReport.getId(), report(aabGoals, "ON_TRACK", null, "ON_TRACK", null, List.of())
                    .with(Var.REPORT_TEXT, "AAB er godt på vej."));
        });

        assertThat(kab).isEnded();
        assertThat(aab).isEnded();
        assertThat(register.get(dialogueId(kab)).status()).isEqualTo(DialogueStatus.REPORTED);
        assertThat(register.get(dialogueId(aab)).status()).isEqualTo(DialogueStatus.REPORTED);
        executeDueJobs();
        assertThat(runtimeService.getVariables(roundId())).containsEntry(Var.BOOKED, 2).containsEntry(Var.HELD, 2)
                .containsEntry(Var.REPORTED, 2);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(roundId()).singleResult())
                .as("the other organisations' dialogues still run").isWaitingAt(Round.DIALOGUES);
    }

    /**
     * The booking's reminder falls due while KAB presses Fuldfør: the later of the two writes is refused by the engine.
     * KAB is told in Danish that nothing was saved and to press again, which works; the reminder went out once.
     */
    @Test
    void aBookingAtTheMomentTheReminderFiresIsRefusedInDanishAndWorksWhenPressedAgain() throws Exception {
        roundOf2027();
        ProcessInstance kab = dialogue("KAB");
        Task booking = taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult();
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(at(LocalDate.of(2027, 9, 13), 16, 1)));
        String reminder = managementService.createJobQuery().processInstanceId(kab.getId()).timers().executable()
                .singleResult().getId();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> refused = new java.util.concurrent.atomic.AtomicReference<>();

        overlapping(() -> managementService.executeJob(reminder), () -> {
            actAs("bo-kab");
            try {
                book(booking, "14.10.2027");
            } catch (RuntimeException e) {
                refused.set(e);
            }
        });

        assertThat(refused.get()).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Opgaven blev ændret i samme øjeblik, som du sendte formularen (fx af en påmindelse eller en"
                        + " kollega). Intet er gemt. Tryk Fuldfør igen.");
        assertThat(register.get(dialogueId(kab)).status()).as("nothing recorded").isEqualTo(DialogueStatus.INVITED);

        actAs("bo-kab");
        book(booking, "14.10.2027");
        identityService.clearAuthentication();
        executeDueJobs();
        assertThat(register.get(dialogueId(kab)).status()).isEqualTo(DialogueStatus.BOOKED);
        assertThat(mailsTo(KAB_MAIL).stream().filter(m -> subject(m).startsWith("Påmindelse"))).as("reminded once").hasSize(1);
    }

    /** Two forvaltninger answer at the same moment: both answers are taken, neither is refused as changed meanwhile. */
    @Test
    void twoForvaltningerAnsweringAtTheSameMomentAreBothTaken() throws Exception {
        ProcessInstance kab = bookedByKab();
        Task sof = taskService.createTaskQuery().processInstanceId(kab.getId()).taskCandidateGroup("sof").singleResult();
        Task tmf = taskService.createTaskQuery().processInstanceId(kab.getId()).taskCandidateGroup("tmf").singleResult();

        overlapping(() -> {
            actAs("tks-sof");
            taskService.complete(sof.getId(), Map.of(Var.TAKES_PART, "JA", Var.AGENDA_ITEMS, "Udlejning til unge"));
        }, () -> {
            actAs("tks-tmf");
            taskService.complete(tmf.getId(), Map.of(Var.TAKES_PART, "NEJ"));
        });
        executeDueJobs();

        assertThat(register.contributions(dialogueId(kab))).extracting(c -> c.forvaltning() + "=" + c.takesPart())
                .containsExactly("SOF=true", "TMF=false");
        assertThat(taskService.createTaskQuery().processInstanceId(kab.getId()).taskDefinitionKey(Dialogue.PROPOSE_AGENDA_ITEMS)
                .count()).as("the other five are still asked").isEqualTo(5);
    }

    @Test
    void whenAllSevenForvaltningerHaveAnsweredTheAgendaGoesOutAtOnce() throws Exception {
        ProcessInstance kab = bookedByKab();
        for (String group : StyringsdialogProcess.FORVALTNING_GROUPS) {
            answer(kab, group, "tks-" + group, "JA", group.equals("tmf") ? "Henlæggelser i afdelingerne" : null);
        }
        executeDueJobs();
        assertThat(kab).isWaitingAt(Dialogue.MEETING_HELD).hasPassed(Dialogue.PROPOSE_AGENDA_ITEMS)
                .hasNotPassed(Dialogue.AGENDA_DEADLINE);
        MimeMessage agenda = single(mailsTo(KAB_MAIL).stream().filter(m -> subject(m).startsWith("Dagsorden")).toList());
        assertThat(text(agenda)).contains("- TMF\n").contains("- ØKF\n").contains("- KFF\n")
                .contains("1. Henlæggelser i afdelingerne\n    Fra: TMF");
        for (String group : StyringsdialogProcess.FORVALTNING_GROUPS) {
            assertThat(mailsTo("tks-" + group + "@").stream().filter(m -> subject(m).startsWith("Dagsorden"))).as(group).hasSize(1);
        }
    }

    @Test
    void noBookingIsRemindedThenEscalatedAndTheDialogueIsNotHeldWhenTheWindowCloses() throws Exception {
        startRound(2027);
        executeDueJobs();
        ProcessInstance kab = dialogue("KAB");

        moveClockTo(at(LocalDate.of(2027, 9, 13), 15, 59));
        assertThat(mailsTo(KAB_MAIL)).as("not before the deadline").hasSize(1);
        moveClockTo(at(LocalDate.of(2027, 9, 13), 16, 1));
        MimeMessage reminder = mailsTo(KAB_MAIL).get(1);
        assertThat(reminder.getSubject()).isEqualTo("Påmindelse (1): booking af mødet for styringsdialogen med KAB");
        assertThat(text(reminder)).contains("Fristen for booking af mødet for styringsdialogen med KAB var mandag den 13."
                + " september 2027 kl. 16:00").contains("\"Book styringsdialogmøde\"");
        assertThat(register.get(dialogueId(kab)).bookingReminders()).isOne();
        assertThat(escalationsAbout("KAB")).as("not escalated yet").isEmpty();

        // a date too close to leave the forvaltninger time for agenda items, or in the past, is refused
        Task book = taskService.createTaskQuery().processInstanceId(kab.getId()).taskDefinitionKey(Dialogue.BOOK_MEETING)
                .singleResult();
        actAs("bo-kab");
        assertThatThrownBy(() -> book(book, "15.09.2027")).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("ligger for tæt på").hasMessageContaining("5 arbejdsdage før mødet");
        assertThatThrownBy(() -> book(book, "10.09.2027")).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mødedatoen fredag den 10. september 2027 ligger før i dag.");
        identityService.clearAuthentication();

        moveClockTo(at(LocalDate.of(2027, 9, 20), 15, 59));
        assertThat(escalationsAbout("KAB")).as("5 working days after the deadline, not before").isEmpty();
        moveClockTo(at(LocalDate.of(2027, 9, 20), 16, 1));
        List<MimeMessage> escalated = escalationsAbout("KAB");
        assertThat(escalated).isNotEmpty().allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString())
                .doesNotContain("kontakt@"));
        assertThat(mailsTo("sekretaer@").stream().filter(escalated::contains)).hasSize(1);
        assertThat(text(escalated.get(0))).contains("Opgaven \"Book styringsdialogmøde\" ligger i Tasklist");
        assertThat(kab).as("KAB may still book").isWaitingAt(Dialogue.BOOK_MEETING);

        moveClockTo(at(LocalDate.of(2027, 12, 31), 23, 59));
        assertThat(kab).as("the window's last minute: still to be booked").isWaitingAt(Dialogue.BOOK_MEETING);
        moveClockTo(at(LocalDate.of(2028, 1, 1), 0, 1));
        assertThat(kab).isEnded().hasPassed(Dialogue.MARK_NOT_HELD);
        assertThat(register.get(dialogueId(kab)).status()).isEqualTo(DialogueStatus.NOT_HELD);
    }

    @Test
    void aReportNotWrittenIsRemindedThenEscalatedToTheSecretariat() throws Exception {
        ProcessInstance kab = bookedByKab();
        moveClockTo(at(LocalDate.of(2027, 10, 14), 12, 1));
        assertThat(kab).isWaitingAt(Dialogue.RECORD_REPORT);
        Task report = taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult();
        assertThat(report.getDueDate()).isEqualTo(java.util.Date.from(at(LocalDate.of(2027, 11, 4), 16, 0)));

        moveClockTo(at(LocalDate.of(2027, 11, 4), 15, 59));
        assertThat(mailsTo("sekretaer@")).extracting(StyringsdialogProcessTest::subject).as("not before the deadline")
                .noneMatch(subject -> subject.startsWith("Påmindelse (1): afrapporteringen"));

        moveClockTo(at(LocalDate.of(2027, 11, 4), 16, 1));
        List<MimeMessage> reminders = mailsTo("sekretaer@").stream()
                .filter(m -> subject(m).equals("Påmindelse (1): afrapporteringen for styringsdialogen med KAB")).toList();
        assertThat(reminders).hasSize(1);
        assertThat(text(reminders.get(0))).contains("\"Afrapportér styringsdialogmøde\"");
        assertThat(escalationsAbout("KAB")).isEmpty();

        moveClockTo(at(LocalDate.of(2027, 11, 11), 15, 59));
        assertThat(escalationsAbout("KAB")).as("5 working days after the deadline, not before").isEmpty();
        moveClockTo(at(LocalDate.of(2027, 11, 11), 16, 1));
        assertThat(escalationsAbout("KAB")).extracting(StyringsdialogProcessTest::subject)
                .contains("Overskredet frist: afrapporteringen for styringsdialogen med KAB");
        assertThat(kab).isWaitingAt(Dialogue.RECORD_REPORT);
        assertThat(register.get(dialogueId(kab)).reportReminders()).isOne();
    }

    @Test
    void theRoundClosesWithTheSecretariatsSummaryAndTellsTheRollUp() throws Exception {
        ProcessInstance round = roundOf2027();
        ProcessInstance kab = bookedByKab();
        moveClockTo(at(LocalDate.of(2027, 10, 14), 12, 1));
        List<Map<String, Object>> goals = JsonVariables.objects(runtimeService.getVariable(kab.getId(), Var.GOAL_ASSESSMENTS));
        actAs("sekretaer");
        taskService.complete(taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult().getId(),
                report(goals, "ON_TRACK", null, "ON_TRACK", null, List.of()).with(Var.REPORT_TEXT, "Alt er på rette vej."));
        identityService.clearAuthentication();

        moveClockTo(at(LocalDate.of(2028, 1, 1), 0, 1));
        assertThat(round).isWaitingAt(Round.SUMMARISE);
        int organisations = housing.all().size();
        assertThat(runtimeService.getVariables(round.getId())).containsEntry(Var.INVITED, organisations)
                .containsEntry(Var.BOOKED, 1).containsEntry(Var.HELD, 1).containsEntry(Var.REPORTED, 1);
        String overview = (String) runtimeService.getVariable(round.getId(), Var.REPORTS_OVERVIEW);
        assertThat(overview).contains("KAB: møde torsdag den 14. oktober 2027, 2 mål på rette vej, 0 ikke på rette vej")
                .contains("Alt er på rette vej.").contains("Bo-Vita: ikke holdt");

        Task summary = taskService.createTaskQuery().processInstanceId(round.getId()).singleResult();
        actAs("sekretaer");
        assertThatThrownBy(() -> taskService.complete(summary.getId(), Map.of(Var.SUMMARY, "  ")))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Skriv sammenfatningen af årets afrapporteringer.");
        assertThat(events.stream(StyringsdialogRoundClosed.class)).isEmpty();
        taskService.complete(summary.getId(), Map.of(Var.SUMMARY, "Et år med få møder; KAB er på rette vej."));
        identityService.clearAuthentication();

        assertThat(round).isEnded().hasPassed(Round.CLOSE);
        StyringsdialogRoundClosed closed = events.stream(StyringsdialogRoundClosed.class).findFirst().orElseThrow();
        assertThat(closed.year()).isEqualTo(2027);
        assertThat(closed.summary()).isEqualTo("Et år med få møder; KAB er på rette vej.");
        assertThat(closed.closedBy()).isEqualTo("sekretaer");
        assertThat(closed.roundInstanceId()).isEqualTo(round.getId());
        assertThat(closed.reports()).hasSize(organisations)
                .filteredOn(r -> r.organisationCode().equals("KAB")).singleElement()
                .satisfies(r -> assertThat(r.reported()).isTrue())
                .satisfies(r -> assertThat(r.goalsOnTrack()).isEqualTo(2));
        assertThat(register.roundSummary(2027)).contains("Et år med få møder; KAB er på rette vej.");
    }

    @Test
    void theTimerStartsTheYearsRoundByItselfUnlessTheSecretariatAlreadyHas() {
        // the test profile's cron fires on 15 August 2099 only, so that no other test's clock starts a round
        assertThat(managementService.createJobQuery().processDefinitionKey(StyringsdialogProcess.YEARLY_START_KEY).timers()
                .singleResult().getDuedate()).isEqualTo(java.util.Date.from(at(LocalDate.of(2099, 8, 15), 6, 0)));
        moveClockTo(at(LocalDate.of(2099, 8, 15), 5, 59));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(StyringsdialogProcess.ROUND_KEY).count())
                .isZero();
        moveClockTo(at(LocalDate.of(2099, 8, 15), 6, 1));
        ProcessInstance round = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(StyringsdialogProcess.ROUND_KEY).singleResult();
        assertThat(round.getBusinessKey()).isEqualTo("styringsdialog-2099");
        assertThat(round).isWaitingAt(Round.DIALOGUES).hasPassed(Round.OPEN);
        assertThat(register.ofYear(2099)).hasSize(housing.all().size());
    }

    // --- steps ------------------------------------------------------------------------------------------------

    /** The round of 2027 opened, invitations sent, and KAB's meeting booked for Thursday 14 October 2027 at 10. */
    private ProcessInstance bookedByKab() {
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(StyringsdialogProcess.ROUND_KEY).count() == 0) {
            roundOf2027();
        }
        ProcessInstance kab = dialogue("KAB");
        actAs("bo-kab");
        book(taskService.createTaskQuery().processInstanceId(kab.getId()).singleResult(), "14.10.2027");
        identityService.clearAuthentication();
        return kab;
    }

    private ProcessInstance roundOf2027() {
        ProcessInstance round = startRound(2027);
        executeDueJobs();
        return round;
    }

    private ProcessInstance startRound(int year) {
        actAs("sekretaer");
        try {
            return submitRound(year);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ProcessInstance submitRound(int year) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(StyringsdialogProcess.ROUND_KEY).latestVersion().singleResult().getId();
        return formService.submitStartForm(definition, Map.of(Var.YEAR, year));
    }

    private String roundId() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(StyringsdialogProcess.ROUND_KEY)
                .singleResult().getId();
    }

    private ProcessInstance dialogue(String code) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(StyringsdialogProcess.DIALOGUE_KEY)
                .variableValueEquals(Var.ORGANISATION_CODE, code).singleResult();
    }

    private long dialogueId(ProcessInstance dialogue) {
        return register.ofYear(2027).stream().filter(d -> d.processInstanceId().equals(dialogue.getId())).findFirst()
                .orElseThrow().id();
    }

    private static Map<String, Object> booking(String date) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.MEETING_DATE, date);
        vars.put(Var.MEETING_TIME, "10.00");
        vars.put(Var.MEETING_LOCATION, "Njalsgade 13");
        return vars;
    }

    private void book(Task task, String date) {
        taskService.complete(task.getId(), booking(date));
    }

    private void answer(ProcessInstance dialogue, String group, String user, String takesPart, String items) {
        Task task = taskService.createTaskQuery().processInstanceId(dialogue.getId()).taskCandidateGroup(group).singleResult();
        actAs(user);
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.TAKES_PART, takesPart);
        vars.put(Var.AGENDA_ITEMS, items);
        taskService.complete(task.getId(), vars);
        identityService.clearAuthentication();
    }

    /** The report form's values: the goals as prefilled, each with the answer and comment given. */
    private static Vars report(List<Map<String, Object>> goals, String first, String firstComment, String second,
            String secondComment, List<Map<String, Object>> newEnkeltaftaler) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>(goals.get(i));
            row.put("onTrack", i == 0 ? first : second);
            row.put("comment", i == 0 ? firstComment : secondComment);
            rows.add(row);
        }
        Vars vars = new Vars();
        vars.put(Var.GOAL_ASSESSMENTS, JsonVariables.json(rows));
        vars.put(Var.NEW_ENKELTAFTALER, JsonVariables.json(newEnkeltaftaler));
        return vars;
    }

    private static Map<String, Object> enkeltaftaleRow(String title, long parent) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", title);
        row.put("forvaltning", "SOF");
        row.put("parentAgreementId", parent);
        row.put("goal", "Flere unge i job");
        row.put("successCriterion", "20 unge i job i 2028");
        return row;
    }

    /** Form values, built one more at a time. */
    static final class Vars extends HashMap<String, Object> {
        Vars with(String key, Object value) {
            put(key, value);
            return this;
        }
    }

    private List<MimeMessage> escalationsAbout(String organisation) throws Exception {
        return List.of(SMTP.getReceivedMessages()).stream()
                .filter(m -> subject(m).startsWith("Overskredet frist:") && subject(m).endsWith("styringsdialogen med " + organisation))
                .toList();
    }

    private long enkeltaftale(String code, String title, String goal) {
        String owner = "test-owner-" + code;
        long id = agreements.create(new NewAgreement(AgreementLevel.ENKELTAFTALE, title, hovedaftale, null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), null, "SOF", housing.require(code).id(), null,
                LocalDate.of(2028, 1, 3), new AgreementContent(null, List.of(new AgreementVersion.Goal(goal, "Målt i 2028")),
                        "Tekst", List.of())), owner, "sekretaer");
        for (AgreementStatus s : List.of(AgreementStatus.NEGOTIATED, AgreementStatus.APPROVED, AgreementStatus.ACTIVE)) {
            agreements.transition(id, s, "test", owner, "sekretaer");
        }
        return id;
    }

    /** The body as the reader sees it, line ends as in the template. */
    private static String text(MimeMessage m) {
        return body(m).replace("\r\n", "\n");
    }

    static String subject(MimeMessage m) {
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
}
