package dk.kk.almenstyring.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** S6: each rule of processes/extended-supervision.dmn, both sides of each threshold, read as the list shows it. */
class ExtendedSupervisionRuleTest {

    static final String EFFORT_AREA = "Ligger i et indsatsområde";
    static final String LOW_RESERVES = "Forventede henlæggelser under tærsklen på 60 kr. pr. m² om året";
    static final String HELHEDSPLAN = "Del af en boligsocial helhedsplan";
    static final String LONG_SINCE = "Ikke under udvidet tilsyn i 8 år eller mere";

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = ExtendedSupervisionRuleTest.class.getResourceAsStream("/processes/extended-supervision.dmn")) {
            decision = dmn.parseDecision(SupervisionRules.DECISION_KEY, model);
        }
    }

    @Test
    void anOrdinaryEstateGetsNoReason() {
        assertThat(reasons(false, 90.0, false, 3)).isEmpty();
    }

    @Test
    void anEstateInAnAreaOfEffortIsSelectedWithTheHighestWeight() {
        assertThat(hits(true, 90.0, false, 3)).containsExactly(Map.of("reason", EFFORT_AREA, "weight", 3));
    }

    @Test
    void reservesBelowSixtyKronerPerSquareMetreAreAReasonAndSixtyIsNot() {
        assertThat(reasons(false, 59.99, false, 3)).containsExactly(LOW_RESERVES);
        assertThat(reasons(false, 60.0, false, 3)).isEmpty();
        assertThat(hits(false, 20.0, false, 3)).containsExactly(Map.of("reason", LOW_RESERVES, "weight", 3));
    }

    @Test
    void unknownReservesAreNoReason() {
        assertThat(reasons(false, null, false, 3)).isEmpty();
    }

    @Test
    void aHelhedsplanIsAReasonOfLowWeight() {
        assertThat(hits(false, 90.0, true, 3)).containsExactly(Map.of("reason", HELHEDSPLAN, "weight", 1));
    }

    @Test
    void eightYearsWithoutSupervisionIsAReasonAndSevenIsNot() {
        assertThat(reasons(false, 90.0, false, 8)).containsExactly(LONG_SINCE);
        assertThat(hits(false, 90.0, false, 12)).containsExactly(Map.of("reason", LONG_SINCE, "weight", 2));
        assertThat(reasons(false, 90.0, false, 7)).isEmpty();
        assertThat(reasons(false, 90.0, false, null)).as("never recorded is unknown, not long ago").isEmpty();
    }

    @Test
    void everyMatchingRuleGivesItsOwnReason() {
        assertThat(reasons(true, 45.0, true, 9)).containsExactly(EFFORT_AREA, LOW_RESERVES, HELHEDSPLAN, LONG_SINCE);
    }

    private static List<String> reasons(boolean effort, Double reserve, boolean helhedsplan, Integer yearsSince) {
        return hits(effort, reserve, helhedsplan, yearsSince).stream().map(hit -> (String) hit.get("reason")).toList();
    }

    private static List<Map<String, Object>> hits(boolean effort, Double reserve, boolean helhedsplan, Integer yearsSince) {
        VariableMap inputs = Variables.createVariables().putValue("inEffortArea", effort)
                .putValue("expectedReservePerM2", reserve).putValue("helhedsplan", helhedsplan)
                .putValue("yearsSinceSupervision", yearsSince);
        return dmn.evaluateDecisionTable(decision, inputs).getResultList();
    }
}
