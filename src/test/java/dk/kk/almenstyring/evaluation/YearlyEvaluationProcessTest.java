package dk.kk.almenstyring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.CoverageExcludes;
import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.approval.AgreementFixtures;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.evaluation.YearlyEvaluationProcess.Element;
import dk.kk.almenstyring.evaluation.YearlyEvaluationProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The yearly evaluation (S5, A4): the round's reports and the status of every goal of the hovedaftale in force,
 * compiled by the secretariat, on Borgmesterforum's and Partnerskabsforum's next agendas, recorded as published.
 */
@CoverageExcludes({"meeting-cycle", "agenda-proposal", "agreement-approval", "accession", "delaftale", "enkeltaftale"})
class YearlyEvaluationProcessTest extends ProcessTestSupport {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AgendaRequests agendaRequests;
    @Autowired
    AgreementRegister register;
    @Autowired
    YearlyEvaluations evaluations;
    @Autowired
    YearlyEvaluationStarter starter;

    @Test
    void theCompiledEvaluationGoesOntoTheBmfAndPsfAgendasAndIsRecordedAsPublished() {
        long hovedaftale = AgreementFixtures.activeHovedaftale(register, "Hovedaftale 2027–2030").id();
        events.publishEvent(RollUpProcessTest.roundClosed(2026));
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(YearlyEvaluationProcess.PROCESS_KEY).singleResult();
        BpmnAwareTests.assertThat(pi).as("started by the round's close").isWaitingAt(Element.COMPILE);

        Task compile = task(Element.COMPILE, pi);
        assertThat(compile.getName()).isEqualTo("Udarbejd årlig evaluering: Årlig evaluering 2026");
        assertThat(taskService.createTaskQuery().taskId(compile.getId()).taskCandidateGroup("sekretariat").count()).isOne();
        assertThat(runtimeService.getVariable(pi.getId(), Var.HOVEDAFTALE_TEXT)).isEqualTo("Hovedaftale 2027–2030, version 1");
        assertThat(runtimeService.getVariable(pi.getId(), Var.REPORTS_TEXT).toString())
                .contains("Boligorganisationerne arbejder målrettet med udlejningen.")
                .contains("KAB (KAB): afrapporteret, 3 mål på rette vej, 1 ikke på rette vej");
        List<Map<String, Object>> goals = goals(pi);
        assertThat(goals).extracting(g -> g.get("goal"), g -> g.get("successCriterion"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kortere venteliste", "Ventelisten under 2 år i 2030"));

        goals.get(0).put("status", "ON_TRACK");
        goals.get(0).put("comment", "Ventelisten er faldet til 3 år.");
        moveClockTo(at(java.time.LocalDate.of(2027, 1, 11), 10, 0));
        complete(compile, goals, "Hovedaftalen virker efter hensigten.");

        BpmnAwareTests.assertThat(pi).hasPassedInOrder(Element.RECORD, Element.PUT_ON_AGENDAS, Element.PUBLISH).isEnded();
        YearlyEvaluation evaluation = evaluations.forYear(2026).orElseThrow();
        assertThat(evaluation.hovedaftaleId()).isEqualTo(hovedaftale);
        assertThat(evaluation.recordedBy()).isEqualTo("sekretaer");
        assertThat(evaluation.goals()).extracting(YearlyEvaluation.Goal::status, YearlyEvaluation.Goal::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GoalStatus.ON_TRACK, "Ventelisten er faldet til 3 år."));
        assertThat(evaluation.publishedAt()).as("S5: recorded as published, with the time")
                .isEqualTo(at(java.time.LocalDate.of(2027, 1, 11), 10, 0));
        assertThat(evaluation.publicationText()).contains("# Årlig evaluering 2026").contains("Hovedaftale 2027–2030, version 1")
                .contains("Hovedaftalen virker efter hensigten.")
                .contains("1. Kortere venteliste (succeskriterium: Ventelisten under 2 år i 2030): På rette vej. Ventelisten er faldet til 3 år.")
                .contains("Boligorganisationerne arbejder målrettet med udlejningen.");
        assertThat(evaluations.latestFor(hovedaftale)).as("for the hovedaftale's yearly status item (A4)")
                .hasValueSatisfying(e -> assertThat(e.agendaReference())
                        .isEqualTo("Årlig evaluering 2026 (offentliggjort mandag den 11. januar 2027): Hovedaftalen virker efter hensigten."));

        for (String forum : List.of("BMF", "PSF")) {
            assertThat(agendaRequests.open(forum)).as(forum).singleElement().satisfies(r -> {
                assertThat(r.title()).isEqualTo("Årlig evaluering 2026 af hovedaftalen og styringsdialogerne");
                assertThat(r.responsible()).isEqualTo("TMF");
                assertThat(r.description()).contains("Hovedaftalen virker efter hensigten.").contains("På rette vej");
            });
        }
        assertThat(starter.startOnce(2026)).as("a year is evaluated once").isFalse();
    }

    @Test
    void anEvaluationIsRefusedWhileAGoalLacksAStatusOrAComment() {
        AgreementFixtures.activeHovedaftale(register, "Hovedaftale 2027–2030");
        ProcessInstance pi = startAs("sekretaer", 2026);
        assertThat(runtimeService.getVariable(pi.getId(), Var.REPORTS_TEXT).toString())
                .as("no round has reported for the year").contains("foreligger ikke");
        Task compile = task(Element.COMPILE, pi);
        List<Map<String, Object>> goals = goals(pi);

        assertThatThrownBy(() -> complete(compile, goals, "Samlet vurdering.")).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mål 1 (Kortere venteliste) mangler en status: opfyldt, på rette vej eller ikke på rette vej.");
        goals.get(0).put("status", "NOT_ON_TRACK");
        goals.get(0).put("comment", "  ");
        assertThatThrownBy(() -> complete(compile, goals, "Samlet vurdering.")).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Mål 1 (Kortere venteliste) mangler en kommentar til sin status.");
        goals.get(0).put("comment", "Ventelisten er uændret.");
        assertThatThrownBy(() -> complete(compile, goals, " ")).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Skriv evalueringens samlede vurdering.");

        assertThat(taskService.createTaskQuery().taskId(compile.getId()).count()).as("the task stays open").isOne();
        YearlyEvaluation open = evaluations.forYear(2026).orElseThrow();
        assertThat(open.goals()).as("nothing recorded").isEmpty();
        assertThat(open.publishedAt()).isNull();
        assertThat(agendaRequests.open("BMF")).isEmpty();

        complete(compile, goals, "Samlet vurdering.");
        assertThat(evaluations.forYear(2026).orElseThrow().goals()).extracting(YearlyEvaluation.Goal::status)
                .containsExactly(GoalStatus.NOT_ON_TRACK);
    }

    @Test
    void aYearIsEvaluatedOnceAndOnlyWhenItHasBegun() {
        startAs("sekretaer", 2026);
        assertThatThrownBy(() -> startAs("sekretaer", 2026)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Der er allerede en årlig evaluering for 2026. Et år evalueres én gang.");
        assertThatThrownBy(() -> startAs("sekretaer", 2028)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Året 2028 er ikke begyndt endnu og kan ikke evalueres.");
        assertThatThrownBy(() -> startAs("sekretaer", 27)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("Skriv året med fire cifre, fx 2027.");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(YearlyEvaluationProcess.PROCESS_KEY)
                .count()).isOne();
        // the round's close finds the year taken by the secretariat's evaluation and starts none
        events.publishEvent(RollUpProcessTest.roundClosed(2026));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(YearlyEvaluationProcess.PROCESS_KEY)
                .count()).isOne();
    }

    @Test
    void withoutAHovedaftaleInForceTheEvaluationHoldsTheReportsOnly() {
        ProcessInstance pi = startAs("sekretaer", 2026);
        assertThat(runtimeService.getVariable(pi.getId(), Var.HOVEDAFTALE_TEXT).toString())
                .contains("ingen hovedaftale i kraft");
        assertThat(goals(pi)).isEmpty();
        complete(task(Element.COMPILE, pi), List.of(), "Året uden hovedaftale.");
        assertThat(evaluations.forYear(2026).orElseThrow().publicationText()).contains("Året uden hovedaftale.")
                .doesNotContain("Hovedaftalens mål");
        assertThat(agendaRequests.open("PSF")).hasSize(1);
    }

    private ProcessInstance startAs(String user, int year) {
        actAs(user);
        try {
            return runtimeService.startProcessInstanceByKey(YearlyEvaluationProcess.PROCESS_KEY, Map.of(Var.YEAR, year));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<Map<String, Object>> goals(ProcessInstance pi) {
        return new ArrayList<>(JsonVariables.objects(runtimeService.getVariable(pi.getId(), Var.GOALS)));
    }

    private void complete(Task task, List<Map<String, Object>> goals, String conclusion) {
        actAs("sekretaer");
        try {
            taskService.complete(task.getId(), Map.of(Var.GOALS, JsonVariables.json(goals), Var.CONCLUSION, conclusion));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
