package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BR or BL did not approve (A2): the version is rejected with the reason and the draft goes back to negotiation. */
@Component("returnHovedaftaleToNegotiation")
public class ReturnHovedaftaleToNegotiationDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final ActingPerson acting;

    public ReturnHovedaftaleToNegotiationDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        this.lifecycle = lifecycle;
        this.acting = acting;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.VERSION.from(execution).get();
        lifecycle.rejectVersion(id, version, "Ikke godkendt af " + Var.REJECTED_BY.from(execution).getOrNull() + ": "
                + Var.REJECTION_REASON.from(execution).getOrNull(), execution.getProcessInstanceId(),
                acting.lastDecision(id, version));
    }
}
