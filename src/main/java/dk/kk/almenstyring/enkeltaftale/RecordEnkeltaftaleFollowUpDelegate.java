package dk.kk.almenstyring.enkeltaftale;

import dk.kk.almenstyring.common.FormValues;
import java.time.LocalDate;

import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One party's follow-up: its status note and whether (and when) to follow up again, kept per party. */
@Component("recordEnkeltaftaleFollowUp")
public class RecordEnkeltaftaleFollowUpDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String party = (String) execution.getVariable(Var.PARTY);
        String note = FormValues.text(execution.getVariable(Var.FOLLOW_UP_NOTE));
        if (note == null) {
            throw new BadUserRequestException("Beskriv status på aftalens mål.");
        }
        String action = FormValues.text(execution.getVariable(Var.FOLLOW_UP_ACTION));
        if (!Var.ACTION_CONTINUE.equals(action) && !Var.ACTION_CLOSE.equals(action)) {
            throw new BadUserRequestException("Vælg, om der skal følges op igen, eller om opfølgningen afsluttes.");
        }
        String next = null;
        if (Var.ACTION_CONTINUE.equals(action)) {
            LocalDate date = EnkeltaftaleInput.futureDate(execution.getVariable(Var.NEXT_FOLLOW_UP_DATE),
                    "Datoen for næste opfølgning");
            next = date.toString();
        }
        execution.setVariable(Var.ofParty(party, "FollowUpNote"), note);
        execution.setVariable(Var.ofParty(party, "FollowUpAction"), action);
        execution.setVariable(Var.ofParty(party, "NextFollowUp"), next);
    }
}
