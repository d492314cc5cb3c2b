package dk.kk.almenstyring.agreement;

import dk.kk.almenstyring.agenda.AgendaRequests;
import dk.kk.almenstyring.agreement.ForumNegotiationProcess.Var;
import dk.kk.almenstyring.forvaltning.Forvaltning;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the agreement on the forum's next agenda, in the name of its lead forvaltning (F7); a hovedaftale has none
 * and is the
 * secretariat's item. The forum's decision comes back to this process as AgendaItemDecided.
 */
@Component("requestForumAgendaItem")
public class RequestAgendaItemDelegate implements JavaDelegate {

    private final AgreementRegister register;
    private final AgendaRequests requests;

    public RequestAgendaItemDelegate(AgreementRegister register, AgendaRequests requests) {
        this.register = register;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getProcessInstance().getSuperExecution() == null) {
            // started on its own (e.g. through the REST API) it would put any agreement on any forum's agenda
            throw new BadUserRequestException("Forhandling i forum startes kun af den aftale, der skal forhandles.");
        }
        Agreement agreement = register.get(Var.AGREEMENT_ID.from(execution).get());
        int version = Var.AGREEMENT_VERSION.from(execution).get();
        String title = Var.PURPOSE.from(execution).get() + ": " + agreement.title()
                + (version > 1 ? " (version " + version + ")" : "");
        String description = "Aftaleudkastet, version " + version + ". Forummet tager stilling til, om der er enighed; "
                + "udfaldet (enighed eller ikke enighed) registreres i referatet.";
        String responsible = agreement.leadForvaltning() == null ? Forvaltning.SECRETARIAT.code() : agreement.leadForvaltning();
        long id = requests.request(Var.FORUM.from(execution).get(), title, description, responsible, agreement.id(),
                execution.getProcessInstanceId());
        Var.AGENDA_REQUEST_ID.on(execution).set(id);
    }
}
