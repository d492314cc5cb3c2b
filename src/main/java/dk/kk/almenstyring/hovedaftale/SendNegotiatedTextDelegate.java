package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The negotiated text goes to the forums' members with the minutes (A2). */
@Component("sendHovedaftaleNegotiatedText")
public class SendNegotiatedTextDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final HovedaftaleMails mails;

    public SendNegotiatedTextDelegate(AgreementLifecycle lifecycle, HovedaftaleMails mails) {
        this.lifecycle = lifecycle;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.negotiated(lifecycle.get(Var.AGREEMENT_ID.from(execution).get()), Var.VERSION.from(execution).get());
    }
}
