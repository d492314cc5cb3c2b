package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** BR or BL did not approve the adjustment: it is rejected and the version in force stays (PSF is told by mail). */
@Component("keepHovedaftaleVersionInForce")
public class KeepVersionInForceDelegate extends AgreementStep {

    public KeepVersionInForceDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.VERSION.from(execution).get();
        lifecycle.rejectVersion(id, version, "Justeringen (version " + version + ") er ikke godkendt af "
                + Var.REJECTED_BY.from(execution).getOrNull() + ": " + Var.REJECTION_REASON.from(execution).getOrNull()
                + "; den gældende version står ved magt", execution.getProcessInstanceId(), acting.lastDecision(id, version));
        Var.ADJUSTMENT.on(execution).set(false);
        Var.VERSION.on(execution).set(lifecycle.get(id).currentVersion());
    }
}
