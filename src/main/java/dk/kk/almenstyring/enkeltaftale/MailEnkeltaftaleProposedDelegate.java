package dk.kk.almenstyring.enkeltaftale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells both parties that the enkeltaftale is proposed, with its text and their task. */
@Component("mailEnkeltaftaleProposed")
public class MailEnkeltaftaleProposedDelegate implements JavaDelegate {

    private final EnkeltaftaleMails mails;

    public MailEnkeltaftaleProposedDelegate(EnkeltaftaleMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.proposed(execution);
    }
}
