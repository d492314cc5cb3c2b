package dk.kk.almenstyring.accession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.accession.AccessionProcess.Element;
import dk.kk.almenstyring.accession.AccessionProcess.Var;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.approval.AgreementFixtures;
import dk.kk.almenstyring.approval.AgreementFixtures.Owned;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A5: every housing organisation, in BL or not, is invited to accede to the hovedaftale in force and answers. */
class AccessionProcessTest extends ProcessTestSupport {

    static final String TITLE = "Hovedaftale 2027–2030";

    @Autowired
    AccessionInvitations invitations;
    @Autowired
    AccessionRegister accessions;
    @Autowired
    AgreementRegister agreements;
    @Autowired
    HousingRegister housing;

    @Test
    void everyOrganisationIsInvitedAndAnOrganisationOutsideBlToo() throws Exception {
        Owned draft = AgreementFixtures.hovedaftale(agreements, "Udkast");
        assertThatThrownBy(() -> invitations.inviteAll(draft.id(), "Udkast"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("trådt i kraft");
        Owned agreement = AgreementFixtures.activeHovedaftale(agreements, TITLE);
        List<HousingOrganisation> organisations = housing.all();
        assertThat(organisations).extracting(HousingOrganisation::code).contains("KAB", "AAB", "FSB", "VIBO", "BO-VITA",
                "DAB", "FA09", "DOMEA", "DEMOHJEM");

        assertThat(invitations.inviteAll(agreement.id(), TITLE)).isEqualTo(organisations.size());
        assertThat(invitations.inviteAll(agreement.id(), TITLE)).as("nobody is invited twice").isZero();
        executeDueJobs();

        assertThat(SMTP.getReceivedMessages()).hasSize(organisations.size());
        MimeMessage outsideBl = single(mailsTo("kontakt@demohjem.almen-styring.demo"));
        assertThat(outsideBl.getSubject()).isEqualTo("Invitation til at tilslutte sig hovedaftalen \"" + TITLE + "\"");
        assertThat(body(outsideBl)).contains("Boligselskabet Demohjem (fiktiv)").contains("ikke er medlem af BL")
                .as("the date by which to answer").contains("senest mandag den 1. marts 2027 kl. 16:00")
                .as("the agreement itself").contains("Hovedaftalen (version 1)")
                .contains("- Kortere venteliste").contains("Succeskriterium: Ventelisten under 2 år i 2030").contains("Aftaletekst");
        assertThat(body(single(mailsTo("kontakt@kab.almen-styring.demo")))).doesNotContain("ikke er medlem af BL");
        assertThat(accessions.overview(agreement.id())).hasSize(organisations.size())
                .allSatisfy(s -> assertThat(s.answer()).isEqualTo(AccessionStatus.NOT_ANSWERED))
                .anySatisfy(s -> {
                    assertThat(s.organisationCode()).isEqualTo("DEMOHJEM");
                    assertThat(s.blMember()).isFalse();
                });
        ProcessInstance demohjem = instance(agreement, "DEMOHJEM");
        process(demohjem).hasPassedInOrder(Element.RECORD_INVITATION, Element.SEND_INVITATION)
                .isWaitingAt(Element.ANSWER_ACCESSION);
        Task task = BpmnAwareTests.task(Element.ANSWER_ACCESSION, demohjem);
        assertThat(task.getName()).isEqualTo("Tilslutning til hovedaftalen: Boligselskabet Demohjem (fiktiv)");
        assertThat(task.getDueDate().toInstant()).as("due when the invitation says")
                .isEqualTo(at(java.time.LocalDate.of(2027, 3, 1), 16, 0));
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting("groupId").containsExactly("bo-demohjem");
        // the organisation's own user sees the task; another organisation's does not
        actAs("bo-kab");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
        actAs("bo-demohjem");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        identityService.clearAuthentication();
    }

    @Test
    void anOrganisationAccedesAndASecondAnswerIsRefused() {
        Owned agreement = AgreementFixtures.activeHovedaftale(agreements, TITLE);
        invitations.inviteAll(agreement.id(), TITLE);
        executeDueJobs();
        ProcessInstance kab = instance(agreement, "KAB");

        assertThatThrownBy(() -> answer("bo-kab", kab, null, null))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("tilslutter sig aftalen eller ej");
        answer("bo-kab", kab, "ACCEDED", null);

        process(kab).hasPassedInOrder(Element.RECORD_ANSWER, Element.ACCEDED_END).isEnded();
        AccessionStatus status = accessions.find(agreement.id(), "KAB").orElseThrow();
        assertThat(status.answer()).isEqualTo(AccessionProcess.ACCEDED);
        assertThat(status.answeredBy()).isEqualTo("bo-kab");
        assertThat(status.answeredAt()).isEqualTo(EngineClock.now());

        assertThatThrownBy(() -> accessions.answer(agreement.id(), "KAB", "DECLINED", "Fortrudt", "bo-kab", EngineClock.now()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("KAB har allerede svaret på invitationen (tilsluttet)");
        assertThat(accessions.find(agreement.id(), "KAB").orElseThrow()).as("the register is unchanged").isEqualTo(status);
        assertThatThrownBy(() -> accessions.answer(agreement.id(), "NOPE", "ACCEDED", null, "x", EngineClock.now()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ikke inviteret");
        assertThat(accessions.overview(agreement.id())).filteredOn(AccessionStatus::answered)
                .extracting(AccessionStatus::organisationCode).containsExactly("KAB");
    }

    @Test
    void anOrganisationDeclinesWithAReason() {
        Owned agreement = AgreementFixtures.activeHovedaftale(agreements, TITLE);
        invitations.inviteAll(agreement.id(), TITLE);
        executeDueJobs();
        ProcessInstance demohjem = instance(agreement, "DEMOHJEM");

        assertThatThrownBy(() -> answer("bo-demohjem", demohjem, "DECLINED", "  "))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("begrundelse");
        assertThat(accessions.find(agreement.id(), "DEMOHJEM").orElseThrow().answered()).isFalse();
        process(demohjem).isWaitingAt(Element.ANSWER_ACCESSION);
        answer("bo-demohjem", demohjem, "DECLINED", "Organisationen er ikke medlem af BL og har egne aftaler med kommunen.");

        process(demohjem).hasPassed(Element.DECLINED_END).hasNotPassed(Element.ACCEDED_END).isEnded();
        assertThat(accessions.overview(agreement.id())).filteredOn(AccessionStatus::answered)
                .extracting(AccessionStatus::organisationCode, AccessionStatus::answer, AccessionStatus::reason,
                        AccessionStatus::answeredBy)
                .containsExactly(tuple("DEMOHJEM", "DECLINED",
                        "Organisationen er ikke medlem af BL og har egne aftaler med kommunen.", "bo-demohjem"));
    }

    @Test
    void wronglyTypedAnswersAreRefusedInDanishNamingTheFieldAndNothingIsRecorded() {
        Owned agreement = invitedToActiveHovedaftale();
        ProcessInstance kab = instance(agreement, "KAB");

        assertThatThrownBy(() -> answer("bo-kab", kab, true, null))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Feltet 'Svar' skal udfyldes med tekst.");
        assertThatThrownBy(() -> answer("bo-kab", kab, "DECLINED", 17L))
                .isInstanceOf(BadUserRequestException.class).hasMessage("Feltet 'Begrundelse' skal udfyldes med tekst.");
        assertThat(accessions.find(agreement.id(), "KAB").orElseThrow().answered()).as("nothing is recorded").isFalse();
        process(kab).isWaitingAt(Element.ANSWER_ACCESSION);

        answer("bo-kab", kab, "DECLINED", "  Egne aftaler med kommunen. ");
        assertThat(accessions.find(agreement.id(), "KAB").orElseThrow().reason()).isEqualTo("Egne aftaler med kommunen.");
    }

    @Test
    void anOrganisationIsRemindedEveryFortnightUntilItAnswers() throws Exception {
        Owned agreement = AgreementFixtures.activeHovedaftale(agreements, TITLE);
        int organisations = invitations.inviteAll(agreement.id(), TITLE);
        executeDueJobs();
        ProcessInstance aab = instance(agreement, "AAB");
        answer("bo-kab", instance(agreement, "KAB"), "ACCEDED", null);

        moveClockTo(TODAY.plus(Duration.ofDays(14)).minusSeconds(60));
        process(aab).hasNotPassed(Element.SEND_REMINDER);
        moveClockTo(TODAY.plus(Duration.ofDays(14)).plusSeconds(60));
        process(aab).hasPassed(Element.SEND_REMINDER, Element.REMINDER_SENT).isWaitingAt(Element.ANSWER_ACCESSION);
        List<MimeMessage> toAab = mailsTo("kontakt@aab.almen-styring.demo");
        assertThat(toAab).hasSize(2);
        assertThat(toAab.get(1).getSubject()).isEqualTo("Påmindelse (1): tilslutning til hovedaftalen \"" + TITLE + "\"");
        assertThat(body(toAab.get(1))).contains("blev mandag den 4. januar 2027 inviteret").contains("påmindelse nr. 1");
        assertThat(mailsTo("kontakt@kab.almen-styring.demo")).as("KAB has answered: no reminder").hasSize(1);

        moveClockTo(TODAY.plus(Duration.ofDays(28)).plusSeconds(120));
        assertThat(mailsTo("kontakt@aab.almen-styring.demo")).hasSize(3);
        assertThat(mailsTo("kontakt@aab.almen-styring.demo").get(2).getSubject()).startsWith("Påmindelse (2)");
        assertThat(SMTP.getReceivedMessages()).as("invitations, then two reminders to all but KAB")
                .hasSize(organisations + 2 * (organisations - 1));
        answer("bo-aab", aab, "ACCEDED", null);

        process(aab).hasPassed(Element.ACCEDED_END).isEnded();
        assertThat(accessions.find(agreement.id(), "AAB").orElseThrow())
                .extracting(AccessionStatus::answer, AccessionStatus::reminders).containsExactly("ACCEDED", 2);
        moveClockTo(TODAY.plus(Duration.ofDays(42)).plusSeconds(180));
        assertThat(mailsTo("kontakt@aab.almen-styring.demo")).as("no reminder after the answer").hasSize(3);
        assertThat(accessions.find(agreement.id(), "FSB").orElseThrow().reminders()).isEqualTo(3);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** An active hovedaftale with every organisation invited to accede. */
    private Owned invitedToActiveHovedaftale() {
        Owned agreement = AgreementFixtures.activeHovedaftale(agreements, TITLE);
        invitations.inviteAll(agreement.id(), TITLE);
        executeDueJobs();
        return agreement;
    }

    private ProcessInstance instance(Owned agreement, String code) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(AccessionProcess.PROCESS_KEY)
                .processInstanceBusinessKey("agreement-" + agreement.id() + "/" + code).singleResult();
    }

    /** The answer form's values, of any type (as the REST API may send them). */
    private void answer(String user, ProcessInstance pi, Object answer, Object reason) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.ACCESSION_ANSWER.getName(), answer);
        vars.put(Var.DECLINE_REASON.getName(), reason);
        actAs(user);
        try {
            taskService.complete(BpmnAwareTests.task(Element.ANSWER_ACCESSION, pi).getId(), vars);
        } finally {
            identityService.clearAuthentication();
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
