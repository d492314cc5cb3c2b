package dk.kk.almenstyring.hovedaftale;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementLifecycle;
import dk.kk.almenstyring.evaluation.YearlyEvaluations;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import dk.kk.almenstyring.hovedaftale.HovedaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The year's evaluation (F12), as one step: status on the hovedaftale's elements and the decision on an adjustment go
 * on Partnerskabsforum's next agenda; the forum's decision comes back as AgendaItemDecided. The item refers to the
 * latest published yearly evaluation (S5), so PSF decides on the evaluation rather than on a bare status.
 */
@Component("requestHovedaftaleEvaluationItem")
public class RequestEvaluationItemDelegate implements JavaDelegate {

    private final AgreementLifecycle lifecycle;
    private final AgendaRequests requests;
    private final YearlyEvaluations evaluations;

    public RequestEvaluationItemDelegate(AgreementLifecycle lifecycle, AgendaRequests requests,
            YearlyEvaluations evaluations) {
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.evaluations = evaluations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Agreement agreement = lifecycle.get(Var.AGREEMENT_ID.from(execution).get());
        requests.request("PSF", "Status på hovedaftalens elementer og beslutning om justering: " + agreement.title(),
                "Hovedaftalen, version " + Var.VERSION.from(execution).get() + "."
                        + evaluations.latestFor(agreement.id()).map(e -> " " + e.agendaReference()).orElse("")
                        + " Udfaldet registreres i referatet.",
                Forvaltning.SECRETARIAT.code(), agreement.id(), execution.getProcessInstanceId());
    }
}
