package dk.kk.almenstyring.supervision.area;

import java.util.ArrayList;
import java.util.List;

import dk.kk.almenstyring.common.CurrentUser;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.housing.HousingRegister;
import dk.kk.almenstyring.supervision.area.AreaDialogueProcess.Var;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction of the start form: the year is this year or the next, every area is a district with
 * registered estates (there must be organisations to meet), and the year holds at most
 * {@value AreaDialogueProcess#MAX_AREAS_PER_YEAR} areas, each once (S3). Anything else is refused with the reason
 * and nothing is recorded.
 */
@Component("registerAreaDialogues")
public class RegisterAreaDialoguesDelegate implements JavaDelegate {

    private final AreaDialogueRegister register;
    private final HousingRegister housing;
    private final CurrentUser currentUser;

    public RegisterAreaDialoguesDelegate(AreaDialogueRegister register, HousingRegister housing, CurrentUser currentUser) {
        this.register = register;
        this.housing = housing;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AreaChoice choice = AreaChoice.of(execution);
        int thisYear = EngineClock.now().atZone(DanishText.COPENHAGEN).getYear();
        if (choice.year() < thisYear || choice.year() > thisYear + 1) {
            throw new BadUserRequestException("Områdebaserede dialogmøder planlægges for i år eller næste år ("
                    + thisYear + " eller " + (thisYear + 1) + "), ikke for " + choice.year() + ".");
        }
        List<String> districts = housing.districts();
        List<String> areas = new ArrayList<>();
        for (String chosen : choice.areas()) {
            areas.add(districts.stream().filter(chosen::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> new BadUserRequestException("Der er ingen almene afdelinger i registret i '" + chosen
                            + "', så der er ingen boligorganisationer at holde dialogmøde med. Områder med afdelinger: "
                            + String.join(", ", districts) + ".")));
        }
        List<String> already = register.areasOf(choice.year());
        for (String area : areas) {
            if (already.stream().anyMatch(area::equalsIgnoreCase)) {
                throw new BadUserRequestException("Der er allerede et områdebaseret dialogmøde i " + area + " i "
                        + choice.year() + ".");
            }
        }
        if (already.size() + areas.size() > AreaDialogueProcess.MAX_AREAS_PER_YEAR) {
            throw new BadUserRequestException("TMF holder områdebaserede dialogmøder i højst "
                    + AreaDialogueProcess.MAX_AREAS_PER_YEAR + " områder om året. I " + choice.year() + " er "
                    + (already.isEmpty() ? "der ingen endnu" : "der allerede møder i " + String.join(", ", already))
                    + ", så der kan " + (already.size() >= AreaDialogueProcess.MAX_AREAS_PER_YEAR ? "ikke vælges flere"
                            : "højst vælges " + (AreaDialogueProcess.MAX_AREAS_PER_YEAR - already.size()) + " til") + ".");
        }
        String by = currentUser.id();
        areas.forEach(area -> register.create(choice.year(), area, execution.getProcessInstanceId(), by));
        execution.setProcessBusinessKey("omraadedialog-" + choice.year());
        execution.setVariable(Var.DIALOGUE_YEAR, choice.year());
        execution.setVariable(Var.AREAS_TEXT, String.join(", ", areas));
        execution.setVariable(Var.TASK_SUBJECT, "Områdebaserede dialogmøder " + choice.year());
    }
}
