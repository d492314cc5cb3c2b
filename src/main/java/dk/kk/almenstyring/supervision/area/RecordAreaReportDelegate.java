package dk.kk.almenstyring.supervision.area;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.FormValues;
import dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs in the transaction of the report form: TMF's short report of the area's meeting, never empty (S3, S4). */
@Component("recordAreaReport")
public class RecordAreaReportDelegate implements JavaDelegate {

    static final int MAX_REPORT = 4000;

    private final AreaDialogueRegister register;
    private final CurrentUser currentUser;

    public RecordAreaReportDelegate(AreaDialogueRegister register, CurrentUser currentUser) {
        this.register = register;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String report = FormValues.text(execution.getVariable(Var.REPORT));
        if (report == null) {
            throw new BadUserRequestException("Skriv en kort afrapportering af mødet.");
        }
        if (report.length() > MAX_REPORT) {
            throw new BadUserRequestException("Afrapporteringen er for lang (højst " + MAX_REPORT + " tegn).");
        }
        register.report(((Number) execution.getVariable(Var.AREA_DIALOGUE_ID)).longValue(), report, currentUser.id());
    }
}
