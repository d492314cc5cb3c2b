package dk.kk.almenstyring.agreement;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * BR or BL's 1. kreds did not approve (A2), for a hovedaftale and a delaftale alike: the version is rejected with the
 * body and its reason; a negotiated draft goes back to DRAFT, one in force keeps its version in force. The next round
 * is a new version: a body decides on a version once. Who acted is who registered the rejection.
 */
@Component("returnAgreementToNegotiation")
public class ReturnToNegotiationDelegate extends AgreementStep {

    /** The agreement-approval call activity's answer (out variables). */
    public static final VariableFactory<String> REJECTED_BY = stringVariable("rejectedBy");
    public static final VariableFactory<String> REJECTION_REASON = stringVariable("rejectionReason");

    public ReturnToNegotiationDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ForumNegotiationProcess.Var.AGREEMENT_ID.from(execution).get();
        int version = ForumNegotiationProcess.Var.AGREEMENT_VERSION.from(execution).get();
        lifecycle.rejectVersion(id, version, "Ikke godkendt af " + REJECTED_BY.from(execution).getOrNull() + ": "
                + REJECTION_REASON.from(execution).getOrNull(), execution.getProcessInstanceId(),
                acting.lastDecision(id, version));
    }
}
