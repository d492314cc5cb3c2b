package dk.kk.almenstyring.dialogue;

import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Still not booked, or still no report, after the reminder: TMF's secretariat is told (local input {@code about}). */
@Component("escalateStyringsdialog")
public class EscalateDelegate implements JavaDelegate {

    private final HousingRegister housing;
    private final DialogueMails mails;

    public EscalateDelegate(HousingRegister housing, DialogueMails mails) {
        this.housing = housing;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean aboutReport = Var.ABOUT_REPORT.equals(execution.getVariable(Var.ABOUT));
        mails.escalation(((Number) execution.getVariable(Var.DIALOGUE_ID)).longValue(),
                ((Number) execution.getVariable(Var.YEAR)).intValue(),
                housing.require((String) execution.getVariable(Var.ORGANISATION_CODE)), aboutReport,
                (String) execution.getVariable(aboutReport ? Var.REPORT_DUE_TEXT : Var.BOOKING_DUE_TEXT));
    }
}
