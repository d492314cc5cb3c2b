package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.Actor;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Both BR and BL's 1. kreds approved: the version becomes the current one. A first version makes the delaftale
 * APPROVED and at once ACTIVE, valid from today until the hovedaftale above it ends, and published; an approved
 * revision replaces the version in force (older versions stay readable) and is published again.
 */
@Component("activateDelaftale")
public class ActivateDelaftaleDelegate extends AgreementStep {

    public ActivateDelaftaleDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.AGREEMENT_VERSION.from(execution).get();
        String pid = execution.getProcessInstanceId();
        Actor approver = acting.lastDecision(id, version);
        boolean adjustment = lifecycle.approve(id, version, "Godkendt af Borgerrepræsentationen og BL's 1. kreds (version "
                + version + ")", pid, approver);
        Var.ADJUSTMENT.on(execution).set(adjustment);
        if (!adjustment) {
            Agreement hovedaftale = lifecycle.get(lifecycle.get(id).parentId());
            lifecycle.activate(id, EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate(), hovedaftale.validTo(),
                    "Trådt i kraft og offentliggjort", pid, approver);
            Var.PERIOD_ENDS_AT.on(execution).set(AgreementLifecycle.periodEndsAt(hovedaftale.validTo()));
            Var.REVISING.on(execution).set(true);
        }
    }
}
