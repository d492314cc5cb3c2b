package dk.kk.almenstyring.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import dk.kk.almenstyring.common.AsSystem;
import dk.kk.almenstyring.housing.EstateAttributes;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The selection rule of the extended supervision (S6), {@code processes/extended-supervision.dmn}: for one estate,
 * every reason the rule gives for supervising it in a year, with its weight. The thresholds live in the table, so
 * the secretariat changes them in Camunda Modeler and not in code; the latest deployed version applies.
 *
 * <p>The table is read once per selection and evaluated in memory for each estate: the reasons are recorded with the
 * year's list, so a historic decision instance per estate (a hundred a year, each with its inputs and outputs) would
 * only repeat them at a cost in every selection.
 */
@Component
public class SupervisionRules {

    public static final String DECISION_KEY = "extended-supervision";

    /** A reason the rule gives, and how much it weighs against the other estates' reasons. */
    public record RuleReason(String reason, int weight) {
    }

    /** The rule as deployed when it was read. */
    @FunctionalInterface
    public interface EstateRule {
        /**
         * @param yearsSinceSupervision years since the estate's last extended supervision, null when unknown
         */
        List<RuleReason> reasons(EstateAttributes estate, Integer yearsSinceSupervision);
    }

    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final RepositoryService repository;
    private final AsSystem asSystem;

    public SupervisionRules(RepositoryService repository, AsSystem asSystem) {
        this.repository = repository;
        this.asSystem = asSystem;
    }

    /** The latest deployed version of the table (read as the product: the rule is not the caller's to see or not). */
    public EstateRule latest() {
        DmnDecision decision = asSystem.call(() -> {
            DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                    .latestVersion().singleResult();
            try (InputStream model = repository.getDecisionModel(definition.getId())) {
                return dmn.parseDecision(DECISION_KEY, model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return (estate, yearsSinceSupervision) -> evaluate(decision, estate, yearsSinceSupervision);
    }

    private List<RuleReason> evaluate(DmnDecision decision, EstateAttributes estate, Integer yearsSinceSupervision) {
        VariableMap inputs = Variables.createVariables()
                .putValue("inEffortArea", estate.inEffortArea())
                .putValue("expectedReservePerM2", estate.expectedReservePerM2() == null ? null
                        : estate.expectedReservePerM2().doubleValue())
                .putValue("helhedsplan", estate.helhedsplan())
                .putValue("yearsSinceSupervision", yearsSinceSupervision);
        return dmn.evaluateDecisionTable(decision, inputs).getResultList().stream()
                .map(hit -> new RuleReason((String) hit.get("reason"), ((Number) hit.get("weight")).intValue()))
                .toList();
    }
}
