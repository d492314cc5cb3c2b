package dk.kk.almenstyring.dialogue;

import java.util.List;
import java.util.stream.Collectors;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.dialogue.StyringsdialogProcess.Var;
import dk.kk.almenstyring.housing.HousingAccess;
import dk.kk.almenstyring.housing.HousingOrganisation;
import dk.kk.almenstyring.housing.HousingRegister;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the year's round (S1) in the transaction of the start: the year typed by the secretariat, or this year when
 * the yearly timer (styringsdialog-aarlig-start) started it. One round a year, for a window not yet over; every registered housing
 * organisation gets its group (bo-code) and one dialogue. Anything else is refused at Start and nothing is recorded.
 */
@Component("openStyringsdialogRound")
public class OpenRoundDelegate implements JavaDelegate {

    private final DialogueRegister register;
    private final HousingRegister housing;
    private final HousingAccess access;
    private final DialogueSettings settings;
    private final DialogueDeadlines deadlines;
    private final CurrentUser currentUser;

    public OpenRoundDelegate(DialogueRegister register, HousingRegister housing, HousingAccess access,
            DialogueSettings settings, DialogueDeadlines deadlines, CurrentUser currentUser) {
        this.register = register;
        this.housing = housing;
        this.access = access;
        this.settings = settings;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int thisYear = DialogueDeadlines.today().getYear();
        int year = year(execution.getVariable(Var.YEAR), thisYear);
        if (year < thisYear || year > thisYear + 1) {
            throw new BadUserRequestException("Styringsdialogen kan sættes i gang for i år eller næste år ("
                    + thisYear + " eller " + (thisYear + 1) + "), ikke for " + year + ".");
        }
        if (settings.windowEnd(year).isBefore(DialogueDeadlines.today())) {
            throw new BadUserRequestException("Perioden for styringsdialogen " + year + " (" + deadlines.windowText(year)
                    + ") er slut.");
        }
        List<HousingOrganisation> organisations = housing.all();
        if (organisations.isEmpty()) {
            throw new BadUserRequestException("Der er ingen boligorganisationer i registret at holde styringsdialog med.");
        }
        register.openRound(year, execution.getProcessInstanceId(), settings.windowStart(year), settings.windowEnd(year),
                currentUser.id(), EngineClock.now());
        organisations.forEach(access::ensureGroup);
        execution.setProcessBusinessKey("styringsdialog-" + year);
        execution.setVariable(Var.YEAR, year);
        execution.setVariable(Var.TASK_SUBJECT, "Styringsdialog " + year);
        execution.setVariable(Var.ORGANISATION_CODES,
                organisations.stream().map(HousingOrganisation::code).collect(Collectors.joining(",")));
        execution.setVariable(Var.INVITED, organisations.size());
        execution.setVariable(Var.BOOKED, 0);
        execution.setVariable(Var.HELD, 0);
        execution.setVariable(Var.REPORTED, 0);
    }

    private static int year(Object raw, int thisYear) {
        if (raw == null || raw.toString().isBlank()) {
            throw new BadUserRequestException("Angiv året for runden, fx " + thisYear + ".");
        }
        if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new BadUserRequestException("Året skal skrives med fire cifre, fx " + thisYear + " ('" + raw
                    + "' er ikke et år).");
        }
    }
}
