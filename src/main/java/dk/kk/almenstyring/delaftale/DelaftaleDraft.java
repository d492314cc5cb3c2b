package dk.kk.almenstyring.delaftale;

import java.util.List;

import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementInput;
import dk.kk.almenstyring.agreement.AgreementVersion;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.forvaltning.Theme;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the secretariat typed in the start or revise form: checked, then turned into the register's content. */
record DelaftaleDraft(String title, String theme, List<AgreementVersion.Goal> goals, String body, String lead) {

    static DelaftaleDraft read(VariableScope scope) {
        String title = FormValues.text(Var.TITLE.from(scope).getOrNull());
        if (title == null) {
            throw new BadUserRequestException("Giv delaftalen en titel.");
        }
        if (title.length() > 500) {
            throw new BadUserRequestException("Delaftalens titel er for lang (højst 500 tegn).");
        }
        String theme = FormValues.text(Var.THEME.from(scope).getOrNull());
        if (theme == null) {
            throw new BadUserRequestException("Vælg delaftalens tema.");
        }
        if (Theme.byValue(theme).isEmpty()) {
            throw new BadUserRequestException("Ukendt tema: '" + theme + "'. Kendte temaer: " + Theme.knownValues() + ".");
        }
        List<AgreementVersion.Goal> goals = AgreementInput.goals(Var.GOALS.from(scope).getOrNull());
        String lead = FormValues.text(Var.LEAD_FORVALTNING.from(scope).getOrNull());
        if (lead == null) {
            lead = FormValues.text(Var.PROPOSED_LEAD.from(scope).getOrNull());
        }
        if (!Forvaltning.isCode(lead)) {
            throw new BadUserRequestException("Ukendt ordførende forvaltning: '" + lead + "'. Kendte: "
                    + Forvaltning.knownCodes() + ".");
        }
        return new DelaftaleDraft(title, theme, goals, FormValues.text(Var.BODY.from(scope).getOrNull()), lead);
    }

    AgreementContent content() {
        return new AgreementContent(theme, goals, body, List.of());
    }
}
