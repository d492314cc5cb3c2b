package dk.kk.almenstyring.delaftale;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.Agreement;
import dk.kk.almenstyring.agreement.AgreementRegister;
import dk.kk.almenstyring.delaftale.DelaftaleProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the draft (or the revised version) on Samarbejdsforum's next agenda, led by the delaftale's lead (F7). */
@Component("requestDelaftaleAgenda")
public class RequestDelaftaleAgendaDelegate implements JavaDelegate {

    private final AgreementRegister register;
    private final AgendaRequests requests;

    public RequestDelaftaleAgendaDelegate(AgreementRegister register, AgendaRequests requests) {
        this.register = register;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(Var.AGREEMENT_ID);
        int version = (Integer) execution.getVariable(Var.AGREEMENT_VERSION);
        boolean revising = Boolean.TRUE.equals(execution.getVariable(Var.REVISING));
        Agreement agreement = register.get(id);
        String title = (revising ? "Revision af delaftale: " : "Delaftale: ") + agreement.title()
                + (version > 1 ? " (version " + version + ")" : "");
        String description = revising
                ? "Forslag til revideret delaftale. Samarbejdsforum tager stilling til, om der er enighed om den nye "
                        + "version; herefter skal den godkendes af Borgerrepræsentationen og BL's 1. kreds."
                : "Udkast til delaftale under hovedaftalen. Samarbejdsforum tager stilling til, om der er enighed om "
                        + "udkastet; herefter skal det godkendes af Borgerrepræsentationen og BL's 1. kreds.";
        long requestId = requests.request(DelaftaleProcess.FORUM_KEY, title, description, agreement.leadForvaltning(), id,
                execution.getProcessInstanceId());
        execution.setVariable(Var.AGENDA_REQUEST_ID, requestId);
    }
}
