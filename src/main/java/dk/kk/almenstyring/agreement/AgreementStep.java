package dk.kk.almenstyring.agreement;

import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A service task that changes its process's agreement: always through the one lifecycle, always naming who acted.
 */
public abstract class AgreementStep implements JavaDelegate {

    protected final AgreementLifecycle lifecycle;
    protected final ActingPerson acting;

    protected AgreementStep(AgreementLifecycle lifecycle, ActingPerson acting) {
        this.lifecycle = lifecycle;
        this.acting = acting;
    }
}
