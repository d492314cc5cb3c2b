package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The agreement in force (or its adjustment) goes to the forums and the housing organisations (A3). */
@Component("announceHovedaftale")
public class AnnounceHovedaftaleDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final HovedaftaleMails mails;

    public AnnounceHovedaftaleDelegate(AgreementLifecycle lifecycle, HovedaftaleMails mails) {
        this.lifecycle = lifecycle;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.active(lifecycle.get(Var.AGREEMENT_ID.from(execution).get()), Var.VERSION.from(execution).get(),
                Boolean.TRUE.equals(Var.ADJUSTMENT.from(execution).getOrNull()));
    }
}
