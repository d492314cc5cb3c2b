package dk.kk.almenstyring.agenda;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The lead forvaltning for a theme, from the DMN table lead-forvaltning (F7): the remits, kept as a rule users may change. */
@Component
public class LeadForvaltning {

    public static final String DECISION_KEY = "lead-forvaltning";

    private final DecisionService decisionService;

    public LeadForvaltning(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    public String forTheme(String theme) {
        var result = decisionService.evaluateDecisionTableByKey(DECISION_KEY,
                Variables.createVariables().putValue("theme", theme)).getSingleResult();
        return result == null ? null : result.getSingleEntry();
    }
}
