package dk.kk.almenstyring.supervision;

import dk.kk.almenstyring.common.CurrentUser;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The step that selects the year's extended supervision list (S6) in a process that holds the year in the variable
 * {@value #VAR_YEAR} (Integer), e.g. the styringsdialog round. Idempotent per year: a retried job or a second round
 * of the same year selects nothing twice. Sets {@value #VAR_SELECTED}, the number of estates the rule selected.
 */
@Component("selectExtendedSupervision")
public class SelectExtendedSupervisionDelegate implements JavaDelegate {

    public static final String VAR_YEAR = "year";
    public static final String VAR_SELECTED = "extendedSupervisionSelected";

    private final ExtendedSupervision supervision;
    private final CurrentUser currentUser;

    public SelectExtendedSupervisionDelegate(ExtendedSupervision supervision, CurrentUser currentUser) {
        this.supervision = supervision;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariable(VAR_YEAR) instanceof Integer year)) {
            throw new BadUserRequestException("Året for det udvidede tilsyn mangler (procesvariablen '" + VAR_YEAR
                    + "' skal være et helt tal, fx 2027).");
        }
        int selected = supervision.selectForYear(year, currentUser.id(), execution.getProcessInstanceId());
        execution.setVariable(VAR_SELECTED, selected);
    }
}
