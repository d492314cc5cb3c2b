package dk.kk.almenstyring.enkeltaftale;

import java.time.LocalDate;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementEnding;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Both parties agreed: NEGOTIATED → APPROVED → ACTIVE, valid from today until the agreement above it ends. */
@Component("activateEnkeltaftale")
public class ActivateEnkeltaftaleDelegate implements JavaDelegate {

    private final AgreementRegister register;

    public ActivateEnkeltaftaleDelegate(AgreementRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        String pid = execution.getProcessInstanceId();
        Agreement agreement = register.get(id);
        String parties = agreement.forvaltning() + " og " + execution.getVariable(Var.ORGANISATION_CODE);
        register.transition(id, AgreementStatus.NEGOTIATED, "Aftalt mellem " + parties, pid, "system");
        register.transition(id, AgreementStatus.APPROVED, "Tilsluttet af " + parties, pid, "system");
        register.approveVersion(id, (Integer) execution.getVariable(Var.AGREEMENT_VERSION), pid);
        LocalDate validTo = register.get(agreement.parentId()).validTo();
        register.setValidity(id, EnkeltaftaleInput.today(), validTo, pid);
        execution.setVariable(AgreementEnding.VAR_PERIOD_ENDS_AT, AgreementEnding.periodEndsAt(validTo));
        register.transition(id, AgreementStatus.ACTIVE, "Trådt i kraft", pid, "system");
    }
}
