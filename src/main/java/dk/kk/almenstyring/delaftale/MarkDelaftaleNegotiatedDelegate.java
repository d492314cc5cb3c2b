package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Samarbejdsforum agreed: a draft becomes NEGOTIATED. A revision of an agreement in force keeps it ACTIVE (the
 * version in force stays current until the new one is approved).
 */
@Component("markDelaftaleNegotiated")
public class MarkDelaftaleNegotiatedDelegate implements JavaDelegate {

    private final AgreementRegister register;

    public MarkDelaftaleNegotiatedDelegate(AgreementRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(Var.REVISING))) {
            return;
        }
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        Object decision = execution.getVariable(AgendaRequests.VAR_DECISION);
        register.transition(id, AgreementStatus.NEGOTIATED, "Enighed i Samarbejdsforum"
                + (decision == null ? "" : ": " + decision), execution.getProcessInstanceId(), "Samarbejdsforum");
    }
}
