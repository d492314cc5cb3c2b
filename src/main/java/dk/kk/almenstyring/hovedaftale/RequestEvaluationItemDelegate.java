package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The year's evaluation (F12), as one step: status on the hovedaftale's elements and the decision on an adjustment go
 * on Partnerskabsforum's next agenda; the forum's decision comes back as AgendaItemDecided.
 */
@Component("requestHovedaftaleEvaluationItem")
public class RequestEvaluationItemDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final AgendaRequests requests;

    public RequestEvaluationItemDelegate(AgreementLifecycle lifecycle, AgendaRequests requests) {
        this.lifecycle = lifecycle;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Agreement agreement = lifecycle.get(Var.AGREEMENT_ID.from(execution).get());
        requests.request("PSF", "Status på hovedaftalens elementer og beslutning om justering: " + agreement.title(),
                "Hovedaftalen, version " + Var.VERSION.from(execution).get() + ". Udfaldet registreres i referatet.",
                Forvaltning.SECRETARIAT.code(), agreement.id(), execution.getProcessInstanceId());
    }
}
