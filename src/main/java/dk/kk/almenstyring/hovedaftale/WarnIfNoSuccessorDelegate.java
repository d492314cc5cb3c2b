package dk.kk.almenstyring.hovedaftale;

import java.util.List;

import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.agreement.AgreementStatus;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Some months before the period ends (A4): the secretariat is warned when no successor is approved or in force. */
@Component("warnIfNoHovedaftaleSuccessor")
public class WarnIfNoSuccessorDelegate implements JavaDelegate {

    private final AgreementRegister register;
    private final HovedaftaleMails mails;

    public WarnIfNoSuccessorDelegate(AgreementRegister register, HovedaftaleMails mails) {
        this.register = register;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Agreement current = register.get(Var.AGREEMENT_ID.from(execution).get());
        List<Agreement> successors = register.successors(current.id());
        // a successor approved to start when this one ends is as good as one in force
        boolean ready = successors.stream()
                .anyMatch(a -> a.status() == AgreementStatus.ACTIVE || a.status() == AgreementStatus.APPROVED);
        if (!ready) {
            mails.expiryWarning(current, successors.isEmpty() ? "ingen ny aftale er påbegyndt"
                    : "den nye aftale har status " + successors.get(successors.size() - 1).status());
        }
        Var.SUCCESSOR_ACTIVE.on(execution).set(ready);
    }
}
