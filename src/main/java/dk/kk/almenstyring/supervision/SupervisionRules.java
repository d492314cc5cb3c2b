package dk.kk.almenstyring.supervision;

import java.util.List;

import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.housing.EstateAttributes;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The selection rule of the extended supervision (S6), {@code processes/extended-supervision.dmn}: for one estate,
 * every reason the rule gives for supervising it in a year, with its weight. The thresholds live in the table, so
 * the secretariat changes them in Camunda Modeler and not in code.
 */
@Component
public class SupervisionRules {

    public static final String DECISION_KEY = "extended-supervision";

    /** A reason the rule gives, and how much it weighs against the other estates' reasons. */
    public record RuleReason(String reason, int weight) {
    }

    private final DecisionService decisions;
    private final AsSystem asSystem;

    public SupervisionRules(DecisionService decisions, AsSystem asSystem) {
        this.decisions = decisions;
        this.asSystem = asSystem;
    }

    /**
     * @param yearsSinceSupervision years since the estate's last extended supervision, null when unknown
     */
    public List<RuleReason> reasons(EstateAttributes estate, Integer yearsSinceSupervision) {
        VariableMap inputs = Variables.createVariables()
                .putValue("inEffortArea", estate.inEffortArea())
                .putValue("expectedReservePerM2", estate.expectedReservePerM2() == null ? null
                        : estate.expectedReservePerM2().doubleValue())
                .putValue("helhedsplan", estate.helhedsplan())
                .putValue("yearsSinceSupervision", yearsSinceSupervision);
        // the rule is the product's, whoever's step runs it (a secretary starting the round holds no decision rights)
        return asSystem.call(() -> decisions.evaluateDecisionTableByKey(DECISION_KEY, inputs).getResultList().stream()
                .map(hit -> new RuleReason((String) hit.get("reason"), ((Number) hit.get("weight")).intValue()))
                .toList());
    }
}
