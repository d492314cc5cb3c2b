package dk.kk.almenstyring.enkeltaftale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells both parties that the enkeltaftale is agreed, or declined and why. */
@Component("mailEnkeltaftaleDecided")
public class MailEnkeltaftaleDecidedDelegate implements JavaDelegate {

    private final EnkeltaftaleMails mails;

    public MailEnkeltaftaleDecidedDelegate(EnkeltaftaleMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.decided(execution);
    }
}
