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
        String party = Var.PARTY.from(execution).get();
        String note = FormValues.text(EnkeltaftaleInput.sent(Var.FOLLOW_UP_NOTE, execution));
        if (note == null) {
            throw new BadUserRequestException("Beskriv status på aftalens mål.");
        }
        String action = FormValues.text(EnkeltaftaleInput.sent(Var.FOLLOW_UP_ACTION, execution));
        if (!Var.ACTION_CONTINUE.equals(action) && !Var.ACTION_CLOSE.equals(action)) {
            throw new BadUserRequestException("Vælg, om der skal følges op igen, eller om opfølgningen afsluttes.");
        }
        String next = null;
        if (Var.ACTION_CONTINUE.equals(action)) {
            LocalDate date = EnkeltaftaleInput.futureDate(EnkeltaftaleInput.sent(Var.NEXT_FOLLOW_UP_DATE, execution),
                    "Datoen for næste opfølgning");
            next = date.toString();
        }
        Var.ofParty(party, "FollowUpNote").on(execution).set(note);
        Var.ofParty(party, "FollowUpAction").on(execution).set(action);
        Var.ofParty(party, "NextFollowUp").on(execution).set(next);
    }
}
