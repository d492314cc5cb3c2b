package dk.kk.almenstyring.delaftale;

import java.time.LocalDate;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementEnding;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Both BR and BL's 1. kreds approved: the version becomes the current one. A first version moves the delaftale
 * NEGOTIATED → APPROVED → ACTIVE, valid from today until the hovedaftale above it ends, and published; an approved
 * revision replaces the version in force (older versions stay readable) and is published again.
 */
@Component("activateDelaftale")
public class ActivateDelaftaleDelegate implements JavaDelegate {

    private final AgreementRegister register;

    public ActivateDelaftaleDelegate(AgreementRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        int version = (Integer) execution.getVariable(Var.AGREEMENT_VERSION);
        String pid = execution.getProcessInstanceId();
        String note = "Godkendt af Borgerrepræsentationen og BL's 1. kreds (version " + version + ")";
        register.approveVersion(id, version, pid);
        boolean adjustment = Boolean.TRUE.equals(execution.getVariable(Var.REVISING));
        execution.setVariable(Var.ADJUSTMENT, adjustment);
        if (!adjustment) {
            Agreement agreement = register.get(id);
            if (agreement.status() == AgreementStatus.NEGOTIATED) {
                register.transition(id, AgreementStatus.APPROVED, note, pid, "system");
            }
            LocalDate today = EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate();
            Agreement hovedaftale = register.get(agreement.parentId());
            register.setValidity(id, today, hovedaftale.validTo(), pid);
            execution.setVariable(AgreementEnding.VAR_PERIOD_ENDS_AT, AgreementEnding.periodEndsAt(hovedaftale.validTo()));
            register.transition(id, AgreementStatus.ACTIVE, "Trådt i kraft og offentliggjort", pid, "system");
            execution.setVariable(Var.REVISING, true);
        }
        register.markPublished(id, pid);
    }
}
