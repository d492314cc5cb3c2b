package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.common.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.common.JsonVariables;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.forvaltning.Theme;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the secretariat typed in the start or revise form: checked, then turned into the register's content. */
record DelaftaleDraft(String title, String theme, List<AgreementVersion.Goal> goals, String body, String lead) {

    static DelaftaleDraft read(VariableScope scope) {
        String title = FormValues.text(scope.getVariable(Var.TITLE));
        if (title == null) {
            throw new BadUserRequestException("Giv delaftalen en titel.");
        }
        if (title.length() > 500) {
            throw new BadUserRequestException("Delaftalens titel er for lang (højst 500 tegn).");
        }
        String theme = FormValues.text(scope.getVariable(Var.THEME));
        if (theme == null) {
            throw new BadUserRequestException("Vælg delaftalens tema.");
        }
        if (Theme.byValue(theme).isEmpty()) {
            throw new BadUserRequestException("Ukendt tema: '" + theme + "'. Kendte temaer: " + Theme.knownValues() + ".");
        }
        List<AgreementVersion.Goal> goals = new ArrayList<>();
        List<Map<String, Object>> lines = JsonVariables.objects(scope.getVariable(Var.GOALS));
        for (int i = 0; i < lines.size(); i++) {
            String goal = FormValues.text(lines.get(i).get("goal"));
            String criterion = FormValues.text(lines.get(i).get("successCriterion"));
            if (goal == null && criterion == null) {
                continue;
            }
            if (goal == null || criterion == null) {
                throw new BadUserRequestException("Mål nr. " + (i + 1) + " skal have både et mål og et succeskriterium (A8).");
            }
            goals.add(new AgreementVersion.Goal(goal, criterion));
        }
        if (goals.isEmpty()) {
            throw new BadUserRequestException("Angiv mindst ét mål med succeskriterium, så delaftalen kan evalueres (A8).");
        }
        String lead = FormValues.text(scope.getVariable(Var.LEAD_FORVALTNING));
        if (lead == null) {
            lead = FormValues.text(scope.getVariable(Var.PROPOSED_LEAD));
        }
        if (!Forvaltning.isCode(lead)) {
            throw new BadUserRequestException("Ukendt ordførende forvaltning: '" + lead + "'. Kendte: "
                    + Forvaltning.knownCodes() + ".");
        }
        return new DelaftaleDraft(title, theme, goals, FormValues.text(scope.getVariable(Var.BODY)), lead);
    }

    AgreementContent content() {
        return new AgreementContent(theme, goals, body, List.of());
    }
}
