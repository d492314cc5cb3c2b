package dk.kk.almenstyring.enkeltaftale;

import java.time.LocalDate;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.enkeltaftale.EnkeltaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Both parties agreed: NEGOTIATED, APPROVED and ACTIVE, valid from today until the agreement above it ends; the
 * party that answered last is the one who acted.
 */
@Component("activateEnkeltaftale")
public class ActivateEnkeltaftaleDelegate extends AgreementStep {

    public ActivateEnkeltaftaleDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.AGREEMENT_VERSION.from(execution).get();
        String pid = execution.getProcessInstanceId();
        Agreement agreement = lifecycle.get(id);
        Actor lastParty = acting.lastDecision(id, version);
        String parties = agreement.forvaltning() + " og " + Var.ORGANISATION_CODE.from(execution).get();
        lifecycle.negotiated(id, "Aftalt mellem " + parties, pid, lastParty);
        lifecycle.approve(id, version, "Tilsluttet af " + parties, pid, lastParty);
        LocalDate validTo = lifecycle.get(agreement.parentId()).validTo();
        lifecycle.activate(id, EnkeltaftaleInput.today(), validTo, "Trådt i kraft", pid, lastParty);
        Var.PERIOD_ENDS_AT.on(execution).set(AgreementLifecycle.periodEndsAt(validTo));
    }
}
