package dk.kk.almenstyring.dialogue;

import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A missed deadline (local input {@code about}: BOOKING or REPORT): counts the reminder and mails it, in one job, the
 * mail key carrying the number, so a retried job reminds once.
 */
@Component("remindStyringsdialog")
public class RemindDelegate implements JavaDelegate {

    private final HousingRegister housing;
    private final DialogueRegister register;
    private final DialogueMails mails;

    public RemindDelegate(HousingRegister housing, DialogueRegister register, DialogueMails mails) {
        this.housing = housing;
        this.register = register;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean aboutReport = Var.ABOUT_REPORT.equals(execution.getVariable(Var.ABOUT));
        long id = ((Number) execution.getVariable(Var.DIALOGUE_ID)).longValue();
        int number = register.countReminder(id, aboutReport);
        mails.reminder(id, ((Number) execution.getVariable(Var.YEAR)).intValue(),
                housing.require((String) execution.getVariable(Var.ORGANISATION_CODE)), aboutReport,
                (String) execution.getVariable(aboutReport ? Var.REPORT_DUE_TEXT : Var.BOOKING_DUE_TEXT), number);
    }
}
