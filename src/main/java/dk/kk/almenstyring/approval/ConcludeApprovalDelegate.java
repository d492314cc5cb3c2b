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
        long id = ((Number) execution.getVariable(Var.AGREEMENT_ID)).longValue();
        int version = ((Number) execution.getVariable(Var.AGREEMENT_VERSION)).intValue();
        List<AgreementApproval> decisions = agreements.approvals(id).stream().filter(a -> a.version() == version).toList();
        AgreementApproval rejection = decisions.stream()
                .filter(a -> AgreementApprovalProcess.REJECTED.equals(a.decision())).findFirst().orElse(null);
        if (rejection != null) {
            execution.setVariable(Var.APPROVAL_OUTCOME, AgreementApprovalProcess.REJECTED);
            execution.setVariable(Var.REJECTED_BY, rejection.body());
            execution.setVariable(Var.REJECTION_REASON, rejection.reason());
            return;
        }
        for (ApprovalBody body : ApprovalBody.values()) {
            if (decisions.stream().noneMatch(a -> a.body().equals(body.name()))) {
                throw new IllegalStateException("Version " + version + " of agreement " + id + " lacks " + body + "'s decision");
            }
        }
        execution.setVariable(Var.APPROVAL_OUTCOME, AgreementApprovalProcess.APPROVED);
        execution.setVariable(Var.REJECTED_BY, null);
        execution.setVariable(Var.REJECTION_REASON, null);
    }
}
