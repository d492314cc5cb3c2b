package dk.kk.almenstyring.agreement;

import dk.kk.almenstyring.agenda.AgendaRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the wait for the forum's decision ends without one (the agreement ended with the one above it and its
 * negotiation was cancelled), the item leaves the forum's list of requests, so that no agenda takes it up.
 */
@Component("withdrawOpenAgendaItem")
public class WithdrawOpenAgendaItemListener implements ExecutionListener {

    private final AgendaRequests requests;

    public WithdrawOpenAgendaItemListener(AgendaRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        requests.withdrawOpen(execution.getProcessInstanceId());
    }
}
