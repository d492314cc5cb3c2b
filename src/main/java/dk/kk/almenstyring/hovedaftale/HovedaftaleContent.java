package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.AgreementContent;
import dk.kk.almenstyring.agreement.AgreementInput;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The content fields of the draft-hovedaftale and decide-adjustment forms, read the one way (A8). */
final class HovedaftaleContent {

    private HovedaftaleContent() {
    }

    static AgreementContent of(VariableScope scope) {
        return AgreementInput.content(Var.THEMES.from(scope).getOrNull(), Var.GOALS.from(scope).getOrNull(),
                Var.BODY.from(scope).getOrNull(), Var.DOCUMENTS.from(scope).getOrNull());
    }
}
