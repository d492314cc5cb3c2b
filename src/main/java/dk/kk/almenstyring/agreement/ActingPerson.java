package dk.kk.almenstyring.agreement;

import dk.kk.almenstyring.common.CurrentUser;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Who acts when an agreement process changes its agreement: the person whose task completion or start runs the step,
 * or, for a step that continues in its own job, the person who recorded what it follows from (the minutes with the
 * forum's decision, the last approval).
 */
@Component
public class ActingPerson {

    /** Set with the forum's decision: who recorded the minutes (see AgendaRequests). */
    static final String DECIDED_BY = "decidedBy";

    private final CurrentUser currentUser;
    private final AgreementRegister register;

    public ActingPerson(CurrentUser currentUser, AgreementRegister register) {
        this.currentUser = currentUser;
        this.register = register;
    }

    /** The person who completed the task or started the process now being carried on. */
    public Actor now() {
        return Actor.person(currentUser.id());
    }

    /** The person who recorded the forum's decision in the minutes. */
    public Actor forumDecision(VariableScope scope) {
        return scope.getVariable(DECIDED_BY) instanceof String user ? Actor.person(user) : now();
    }

    /** The person who registered the last decision on the version (the one that settled it). */
    public Actor lastDecision(long agreementId, int version) {
        return register.approvals(agreementId).stream().filter(a -> a.version() == version)
                .reduce((earlier, later) -> later).map(a -> Actor.person(a.registeredBy()))
                .orElseGet(this::now);
    }
}
