package dk.kk.almenstyring.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.common.JsonVariables;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The one reading of what a person typed as an agreement's content, for every level (A8). The rule for rows: a row
 * left wholly blank (the empty row a Camunda Form list offers) is skipped; a goal without a success criterion, or a
 * criterion without a goal, is refused; at least one goal is required, so that the agreement can be evaluated. A
 * document needs both a name and a reference; a wholly blank document row is skipped as well.
 */
public final class AgreementInput {

    private AgreementInput() {
    }

    /** Themes, goals, text and documents as the forms and the REST API send them. */
    public static AgreementContent content(Object themes, Object goals, Object body, Object documents) {
        return new AgreementContent(FormValues.text(themes), goals(goals), FormValues.text(body), documents(documents));
    }

    public static List<AgreementVersion.Goal> goals(Object raw) {
        List<AgreementVersion.Goal> goals = new ArrayList<>();
        List<Map<String, Object>> rows = JsonVariables.objects(raw);
        for (int i = 0; i < rows.size(); i++) {
            String goal = FormValues.text(rows.get(i).get("goal"));
            String criterion = FormValues.text(rows.get(i).get("successCriterion"));
            if (goal == null && criterion == null) {
                continue;
            }
            if (goal == null) {
                throw new BadUserRequestException("Mål nr. " + (i + 1) + " mangler en beskrivelse af målet.");
            }
            if (criterion == null) {
                throw new BadUserRequestException("Målet '" + goal + "' mangler et succeskriterium, så det kan evalueres.");
            }
            goals.add(new AgreementVersion.Goal(goal, criterion));
        }
        if (goals.isEmpty()) {
            throw new BadUserRequestException("Aftalen skal have mindst ét mål med et succeskriterium, så den kan evalueres.");
        }
        return goals;
    }

    static List<AgreementVersion.Document> documents(Object raw) {
        List<AgreementVersion.Document> documents = new ArrayList<>();
        for (Map<String, Object> row : JsonVariables.objects(raw)) {
            String name = FormValues.text(row.get("name"));
            String reference = FormValues.text(row.get("reference"));
            if (name == null && reference == null) {
                continue;
            }
            if (name == null || reference == null) {
                throw new BadUserRequestException("Et vedhæftet dokument skal have både navn og reference.");
            }
            documents.add(new AgreementVersion.Document(name, reference));
        }
        return documents;
    }
}
