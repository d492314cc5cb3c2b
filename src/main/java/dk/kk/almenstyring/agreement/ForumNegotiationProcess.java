package dk.kk.almenstyring.agreement;

import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The shared call activity <i>Forhandling i forum</i> (processes/forum-negotiation.bpmn): the agreement goes on the
 * forum's next agenda, the forum decides in the minutes, and the outcome goes back to the calling agreement process,
 * which revises and calls again on "ikke enighed". Used by the hovedaftale in Borgmesterforum and Partnerskabsforum
 * and by the delaftale in Samarbejdsforum.
 *
 * <p>Contract. In: {@link Var#FORUM}, {@link Var#PURPOSE}, {@link Var#AGREEMENT_ID}, {@link Var#AGREEMENT_VERSION},
 * {@code taskSubject}. Out: {@link Var#OUTCOME} ({@value #AGREED} or {@value #NOT_AGREED}), {@link Var#DECISION},
 * {@link Var#MEETING_ID}, {@link Var#DECIDED_BY}.
 */
public final class ForumNegotiationProcess {

    public static final String PROCESS_KEY = "forum-negotiation";
    public static final String AGREED = "AGREED";
    public static final String NOT_AGREED = "NOT_AGREED";

    private ForumNegotiationProcess() {
    }

    /** Element ids of processes/forum-negotiation.bpmn. */
    public static final class Element {
        public static final String REQUEST_AGENDA_ITEM = "Task_RequestAgendaItem";
        public static final String FORUM_DECIDED = "Event_ForumDecided";
        public static final String AGREED_END = "EndEvent_Agreed";
        public static final String NOT_AGREED_END = "EndEvent_NotAgreed";

        private Element() {
        }
    }

    /** Process variables. The outcome variables are those {@code AgendaRequests} sets with its message. */
    public static final class Var {
        /** The forum's key in forums.yml: BMF, PSF or SF. */
        public static final VariableFactory<String> FORUM = stringVariable("forum");
        /** What the item is for, the start of its title on the agenda ("Forhandling af hovedaftale"). */
        public static final VariableFactory<String> PURPOSE = stringVariable("purpose");
        public static final VariableFactory<Long> AGREEMENT_ID = longVariable(AgreementLifecycle.AGREEMENT_ID);
        public static final VariableFactory<Integer> AGREEMENT_VERSION = intVariable("agreementVersion");
        public static final VariableFactory<Long> AGENDA_REQUEST_ID = longVariable("agendaRequestId");
        public static final VariableFactory<String> OUTCOME = stringVariable("agendaOutcome");
        public static final VariableFactory<String> DECISION = stringVariable("agendaDecision");
        public static final VariableFactory<Long> MEETING_ID = longVariable("decidedAtMeetingId");
        public static final VariableFactory<String> DECIDED_BY = stringVariable(ActingPerson.DECIDED_BY);

        private Var() {
        }
    }
}
