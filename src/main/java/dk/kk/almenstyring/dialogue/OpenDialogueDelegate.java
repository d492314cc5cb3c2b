package dk.kk.almenstyring.dialogue;

import java.time.Instant;
import java.util.Date;

import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers one organisation's dialogue of the round and sets who books (its group) and by when, when the booking
 * is escalated, and when the window closes on a dialogue never booked.
 */
@Component("openStyringsdialogDialogue")
public class OpenDialogueDelegate implements JavaDelegate {

    private final DialogueRegister register;
    private final HousingRegister housing;
    private final DialogueDeadlines deadlines;

    public OpenDialogueDelegate(DialogueRegister register, HousingRegister housing, DialogueDeadlines deadlines) {
        this.register = register;
        this.housing = housing;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(Var.YEAR)).intValue();
        HousingOrganisation organisation = housing.require((String) execution.getVariable(Var.ORGANISATION_CODE));
        long id = register.invite(year, organisation.id(), execution.getProcessInstanceId(), EngineClock.now());
        execution.setProcessBusinessKey("styringsdialog-" + year + "/" + organisation.code());
        execution.setVariable(Var.DIALOGUE_ID, id);
        execution.setVariable(Var.ORGANISATION_CODE, organisation.code());
        execution.setVariable(Var.ORGANISATION_NAME, organisation.name());
        execution.setVariable(Var.ORGANISATION_GROUP, organisation.groupId());
        execution.setVariable(Var.TASK_SUBJECT, "Styringsdialog " + year + " – " + organisation.name());
        execution.setVariable(Var.WINDOW_TEXT, deadlines.windowText(year));
        Instant bookingDue = deadlines.bookingDue(year);
        execution.setVariable(Var.BOOKING_DUE, Date.from(bookingDue));
        execution.setVariable(Var.BOOKING_DUE_TEXT, DanishText.dateTime(bookingDue));
        execution.setVariable(Var.BOOKING_ESCALATE_AT, Date.from(deadlines.escalation(bookingDue)));
        execution.setVariable(Var.WINDOW_CLOSES_AT, Date.from(deadlines.windowClosesAt(year)));
    }
}
