package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BR or BL's 1. kreds rejected the version: it is marked rejected, and a draft goes back to DRAFT with the reason
 * (a revision of an agreement in force leaves the version in force as it is). The secretariat then revises it for
 * Samarbejdsforum: a body decides on a version once, so the next round needs a new version.
 */
@Component("returnDelaftaleToDraft")
public class ReturnDelaftaleToDraftDelegate implements JavaDelegate {

    private final AgreementRegister register;

    public ReturnDelaftaleToDraftDelegate(AgreementRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        int version = (Integer) execution.getVariable(Var.AGREEMENT_VERSION);
        String pid = execution.getProcessInstanceId();
        register.rejectVersion(id, version, pid);
        if (!Boolean.TRUE.equals(execution.getVariable(Var.REVISING))
                && register.get(id).status() == AgreementStatus.NEGOTIATED) {
            register.transition(id, AgreementStatus.DRAFT, "Ikke godkendt af " + execution.getVariable(Var.REJECTED_BY)
                    + ": " + execution.getVariable(Var.REJECTION_REASON), pid, "system");
        }
    }
}
