package dk.kk.almenstyring.approval;

import java.time.LocalDate;

import dk.kk.almenstyring.agreement.ActingPerson;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.agreement.AgreementStep;
import dk.kk.almenstyring.approval.AgreementApprovalProcess.Var;
import dk.kk.almenstyring.common.DanishText;
import dk.kk.almenstyring.common.EngineClock;
import dk.kk.almenstyring.common.FormValues;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Registers one body's decision from the approve-agreement form in the agreement register, synchronously after the
 * task: a refusal (no date, no case reference, a rejection without reason, a second decision by the same body)
 * is a {@link BadUserRequestException}, so the person sees it at the form and the task stays open.
 */
@Component("recordAgreementApproval")
public class RecordApprovalDelegate extends AgreementStep {

    public RecordApprovalDelegate(AgreementLifecycle lifecycle, ActingPerson acting) {
        super(lifecycle, acting);
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApprovalBody body = ApprovalBody.of(Var.APPROVAL_BODY.from(execution).get());
        // read as sent: over the REST API any type may come, and a wrong one is refused here, naming the field
        String decision = FormValues.text(AgreementApprovalProcess.sent(Var.APPROVAL_DECISION, execution), "Beslutning");
        if (!AgreementApprovalProcess.APPROVED.equals(decision) && !AgreementApprovalProcess.REJECTED.equals(decision)) {
            throw new BadUserRequestException("Angiv om " + body.displayName() + " har godkendt eller afvist aftalen.");
        }
        LocalDate decidedOn = date(AgreementApprovalProcess.sent(Var.DECIDED_ON, execution), body);
        if (decidedOn != null && decidedOn.isAfter(EngineClock.now().atZone(DanishText.COPENHAGEN).toLocalDate())) {
            throw new BadUserRequestException("Datoen for " + body.name() + "s beslutning kan ikke ligge i fremtiden.");
        }
        String caseReference = FormValues.text(AgreementApprovalProcess.sent(Var.CASE_REFERENCE, execution), "Sagsnummer");
        String reason = FormValues.text(AgreementApprovalProcess.sent(Var.REJECTION_REASON, execution), "Begrundelse for afvisningen");
        boolean approved = AgreementApprovalProcess.APPROVED.equals(decision);
        lifecycle.decide(Var.AGREEMENT_ID.from(execution).get(), Var.AGREEMENT_VERSION.from(execution).get(), body.name(), approved, decidedOn,
                caseReference, approved ? null : reason,
                Var.OWNER_PROCESS_INSTANCE_ID.from(execution).get(), acting.now());
    }

    /** The form sends "15.02.2027"; the REST API and tests may send "2027-02-15" or a date. */
    private static LocalDate date(Object raw, ApprovalBody body) {
        return FormValues.date(raw, "Datoen for " + body.name() + "s beslutning");
    }
}
