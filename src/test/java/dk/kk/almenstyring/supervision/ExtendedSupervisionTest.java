package dk.kk.almenstyring.supervision;

import static dk.kk.almenstyring.supervision.ExtendedSupervisionRuleTest.EFFORT_AREA;
import static dk.kk.almenstyring.supervision.ExtendedSupervisionRuleTest.HELHEDSPLAN;
import static dk.kk.almenstyring.supervision.ExtendedSupervisionRuleTest.LONG_SINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.ProcessTestSupport;
import dk.kk.almenstyring.supervision.SupervisionList.Reason;
import dk.kk.almenstyring.supervision.SupervisionList.Source;
import dk.kk.almenstyring.supervision.SupervisionList.SupervisedEstate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * S6: the year's list selected by the rule from the demo estates' attributes (about 45), with every estate's
 * reasons, once per year; organisations bring their own estates in at the meeting, and nothing else.
 */
class ExtendedSupervisionTest extends ProcessTestSupport {

    /** A stand-in for the styringsdialog round: the step as another model calls it, with the year as an Integer. */
    static final String ROUND = "test-supervision-round";

    @Autowired
    ExtendedSupervision supervision;
    @Autowired
    RepositoryService repositoryService;

    @BeforeEach
    void deployRound() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(ROUND).count() == 0) {
            repositoryService.createDeployment().name(ROUND).addModelInstance(ROUND + ".bpmn",
                    Bpmn.createExecutableProcess(ROUND).camundaHistoryTimeToLive(1).startEvent()
                            .serviceTask("Task_SelectExtendedSupervision").camundaDelegateExpression("${selectExtendedSupervision}")
                            .endEvent().done()).deploy();
        }
    }

    /** The stand-in is no product model: it must not stay in the engine (Tasklist's Start proces would offer it). */
    @AfterEach
    void removeRound() {
        repositoryService.createDeploymentQuery().deploymentName(ROUND).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void theRuleSelectsAboutFortyFiveEstatesWithTheirReasons() {
        ProcessInstance round = runRound(2027);

        assertThat(round).isEnded().variables().containsEntry(SelectExtendedSupervisionDelegate.VAR_SELECTED, 45);
        SupervisionList list = supervision.listFor(2027);
        assertThat(list.selected()).isTrue();
        assertThat(list.target()).isEqualTo(45);
        assertThat(list.candidates()).as("more estates have a reason than the target").isGreaterThan(45);
        assertThat(list.selectedBy()).isEqualTo("system");
        assertThat(list.estates()).hasSize(45).allSatisfy(e -> {
            assertThat(e.selectedByRule()).isTrue();
            assertThat(e.reasons()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.source()).isEqualTo(Source.RULE);
                assertThat(r.addedBy()).isEqualTo("system");
            });
        });
        // demo-housing.yml: in an area of effort, in a helhedsplan, last supervised 2017
        assertThat(reasons(estate(list, "FSB-307"))).containsExactly(EFFORT_AREA, HELHEDSPLAN, LONG_SINCE);
        // no reason at all: not on the list
        assertThat(list.estates()).extracting(SupervisedEstate::number).doesNotContain("KAB-101")
                // only a helhedsplan (weight 1): a reason, but the 45 places go to estates with weightier ones
                .doesNotContain("VIBO-402");
    }

    @Test
    void aYearIsSelectedOnceAndTheNextYearCountsItsSupervisions() {
        runRound(2027);
        List<SupervisedEstate> first = supervision.listFor(2027).estates();

        ProcessInstance again = runRound(2027);

        assertThat(again).isEnded().variables().containsEntry(SelectExtendedSupervisionDelegate.VAR_SELECTED, 45);
        assertThat(supervision.listFor(2027).estates()).isEqualTo(first);
        assertThat(supervision.selectForYear(2027, "sekretaer", null)).isEqualTo(45);
        assertThat(supervision.listFor(2027).estates()).isEqualTo(first);
        assertThat(supervision.listFor(2027).selectedBy()).isEqualTo("system");

        runRound(2028);
        SupervisionList next = supervision.listFor(2028);
        assertThat(next.estates()).hasSize(45);
        // KAB-119 was supervised in 2027, so in 2028 it is no longer "8 years or more" ago
        assertThat(reasons(estate(first, "KAB-119"))).containsExactly(EFFORT_AREA, HELHEDSPLAN, LONG_SINCE);
        assertThat(reasons(estate(next.estates(), "KAB-119"))).containsExactly(EFFORT_AREA, HELHEDSPLAN);
    }

    @Test
    void theStepNeedsTheYearAsANumber() {
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ROUND, Map.of("year", "2027")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Året for det udvidede tilsyn mangler");
        assertThat(supervision.listFor(2027).selected()).isFalse();
    }

    @Test
    void anOrganisationBringsItsOwnEstatesInAtTheMeeting() {
        runRound(2027);

        supervision.addAtMeeting(2027, "kab", List.of("KAB-101", " KAB-119 "), "Stigende vedligeholdelsesefterslæb",
                "bo-kab");

        SupervisionList list = supervision.listFor(2027);
        assertThat(list.estates()).hasSize(46);
        SupervisedEstate added = estate(list, "KAB-101");
        assertThat(added.selectedByRule()).isFalse();
        assertThat(added.reasons()).extracting(Reason::reason, Reason::source, Reason::addedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Stigende vedligeholdelsesefterslæb", Source.MEETING,
                        "bo-kab"));
        SupervisedEstate both = estate(list, "KAB-119");
        assertThat(both.selectedByRule()).isTrue();
        assertThat(reasons(both)).containsExactly(EFFORT_AREA, HELHEDSPLAN, LONG_SINCE, "Stigende vedligeholdelsesefterslæb");

        // said twice, recorded once
        supervision.addAtMeeting(2027, "KAB", List.of("KAB-101"), "Stigende vedligeholdelsesefterslæb", "bo-kab");
        assertThat(estate(supervision.listFor(2027), "KAB-101").reasons()).hasSize(1);
    }

    @Test
    void anEstateOfAnotherOrganisationOrNoneRefusesTheWholeRequest() {
        assertRefused(() -> supervision.addAtMeeting(2027, "KAB", List.of("KAB-101", "AAB-201"), "Fugt", "bo-kab"),
                "Afdeling AAB-201 Prøvebyen hører under AAB – Arbejdernes Andels Boligforening, ikke under KAB");
        assertRefused(() -> supervision.addAtMeeting(2027, "KAB", List.of("KAB-999"), "Fugt", "bo-kab"),
                "Afdeling 'KAB-999' findes ikke i registret over KABs afdelinger.");
        assertRefused(() -> supervision.addAtMeeting(2027, "NOGEN", List.of("KAB-101"), "Fugt", "bo-kab"),
                "Ukendt boligorganisation: 'NOGEN'.");
        assertRefused(() -> supervision.addAtMeeting(2027, "KAB", List.of(), "Fugt", "bo-kab"),
                "Vælg mindst én afdeling");
        assertRefused(() -> supervision.addAtMeeting(2027, "KAB", List.of("KAB-101", " "), "Fugt", "bo-kab"),
                "Et afdelingsnummer er tomt");
        assertRefused(() -> supervision.addAtMeeting(2027, "KAB", List.of("KAB-101"), "  ", "bo-kab"),
                "Skriv, hvorfor afdelingerne skal med i det udvidede tilsyn.");
        assertRefused(() -> supervision.addAtMeeting(2027, "KAB", List.of("KAB-101"), "x".repeat(501), "bo-kab"),
                "Begrundelsen er for lang (højst 500 tegn).");
        assertRefused(() -> supervision.addAtMeeting(1999, "KAB", List.of("KAB-101"), "Fugt", "bo-kab"),
                "Året skal være et årstal mellem 2010 og 2100");

        assertThat(jdbc.sql("select count(*) from supervision_estate").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from supervision_reason").query(Integer.class).single()).isZero();
    }

    /** The round's step runs as the engine (a job or the round's own start), so the list is selected by "system". */
    private ProcessInstance runRound(int year) {
        return runtimeService.startProcessInstanceByKey(ROUND, Map.of("year", year));
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(BadUserRequestException.class).hasMessageContaining(message);
    }

    private static SupervisedEstate estate(SupervisionList list, String number) {
        return estate(list.estates(), number);
    }

    private static SupervisedEstate estate(List<SupervisedEstate> estates, String number) {
        return estates.stream().filter(e -> e.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " is not on the list"));
    }

    private static List<String> reasons(SupervisedEstate estate) {
        return estate.reasons().stream().map(Reason::reason).toList();
    }
}
