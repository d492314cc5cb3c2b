package dk.kk.almenstyring.approval;

import java.util.List;

import dk.kk.almenstyring.agreement.AgreementApproval;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads the outcome from the register: approved only when both bodies approved this version; rejected (by whom,
 * why) as soon as one rejected. Sets the out variables of the call.
 */
@Component("concludeAgreementApproval")
public class ConcludeApprovalDelegate implements JavaDelegate {

    private final AgreementRegister agreements;

    public ConcludeApprovalDelegate(AgreementRegister agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = Var.AGREEMENT_ID.from(execution).get();
        int version = Var.AGREEMENT_VERSION.from(execution).get();
        List<AgreementApproval> decisions = agreements.approvals(id).stream().filter(a -> a.version() == version).toList();
        AgreementApproval rejection = decisions.stream()
                .filter(a -> AgreementApprovalProcess.REJECTED.equals(a.decision())).findFirst().orElse(null);
        if (rejection != null) {
            Var.APPROVAL_OUTCOME.on(execution).set(AgreementApprovalProcess.REJECTED);
            Var.REJECTED_BY.on(execution).set(rejection.body());
            Var.REJECTION_REASON.on(execution).set(rejection.reason());
            return;
        }
        for (ApprovalBody body : ApprovalBody.values()) {
            if (decisions.stream().noneMatch(a -> a.body().equals(body.name()))) {
                throw new IllegalStateException("Version " + version + " of agreement " + id + " lacks " + body + "'s decision");
            }
        }
        Var.APPROVAL_OUTCOME.on(execution).set(AgreementApprovalProcess.APPROVED);
        Var.REJECTED_BY.on(execution).set(null);
        Var.REJECTION_REASON.on(execution).set(null);
    }
}
