package dk.kk.almenstyring.delaftale;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.customVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;

import dk.kk.almenstyring.agreement.ForumNegotiationProcess;
import dk.kk.almenstyring.agreement.ReturnToNegotiationDelegate;
import dk.kk.almenstyring.model.TaskNames;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The delaftale model (A6) in one place: its key, element ids and typed variables, used by code and tests. */
public final class DelaftaleProcess {

    public static final String PROCESS_KEY = "delaftale";
    /** The forum that prepares delaftaler (A6). */
    public static final String FORUM_KEY = "SF";
    /** revise-delaftale's choices. */
    public static final String ACTION_REVISE = "revise";
    public static final String ACTION_WITHDRAW = "withdraw";
    /** The timer that ends a delaftale by its period (recorded as who acted). */
    static final String TIMER_PERIOD_ENDS = "Delaftalens periode udløber";

    private DelaftaleProcess() {
    }

    /** Element ids of processes/delaftale.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_DelaftaleRequested";
        public static final String PROPOSE_LEAD = "BusinessRuleTask_ProposeLead";
        public static final String CREATE_DELAFTALE = "Task_CreateDelaftale";
        public static final String NEGOTIATE_IN_SF = "CallActivity_NegotiateInSf";
        public static final String GATEWAY_SF_AGREED = "Gateway_SfAgreed";
        public static final String MARK_NEGOTIATED = "Task_MarkNegotiated";
        public static final String APPROVAL = "CallActivity_Approval";
        public static final String GATEWAY_APPROVED = "Gateway_Approved";
        public static final String ACTIVATE = "Task_ActivateDelaftale";
        public static final String MAIL_SF_MEMBERS = "Task_MailSfMembers";
        public static final String REVISE_ACTIVE = "Task_ReviseActive";
        public static final String RETURN_TO_DRAFT = "Task_ReturnToDraft";
        public static final String REVISE_DRAFT = "Task_ReviseDraft";
        public static final String GATEWAY_REVISION_ACTION = "Gateway_RevisionAction";
        public static final String SAVE_REVISION = "Task_SaveRevision";
        public static final String WITHDRAW = "Task_WithdrawDraft";
        public static final String WITHDRAWN = "EndEvent_DelaftaleWithdrawn";
        public static final String PERIOD_ENDS = "Event_DelaftalePeriodEnds";
        public static final String EXPIRE = "Task_ExpireDelaftale";
        public static final String EXPIRED = "EndEvent_DelaftaleExpired";
        /** The event sub-process: the hovedaftale above it ended (AgreementEnded). */
        public static final String ENDED_WITH_PARENT = "EndEvent_DelaftaleEnded";

        private Element() {
        }
    }

    /** Process variables, with their types. */
    public static final class Var {
        // start form (start-delaftale) and revise form (revise-delaftale); what the process writes back is typed
        // exactly, so that a form's read-only field comes back as it went out
        public static final VariableFactory<String> TITLE = stringVariable("agreementTitle");
        public static final VariableFactory<Object> THEME = customVariable("theme", Object.class);
        public static final VariableFactory<Object> GOALS = customVariable("goals", Object.class);
        public static final VariableFactory<Object> BODY = customVariable("agreementBody", Object.class);
        public static final VariableFactory<String> LEAD_FORVALTNING = stringVariable("leadForvaltning");
        public static final VariableFactory<String> INITIATOR = stringVariable("initiator");
        // revise form
        public static final VariableFactory<Object> REVISION_REASON = customVariable("revisionReason", Object.class);
        /** {@value DelaftaleProcess#ACTION_REVISE} or {@value DelaftaleProcess#ACTION_WITHDRAW}. */
        public static final VariableFactory<Object> REVISION_ACTION = customVariable("revisionAction", Object.class);
        // set by the process
        public static final VariableFactory<String> PROPOSED_LEAD = stringVariable("proposedLead");
        public static final VariableFactory<Long> AGREEMENT_ID = ForumNegotiationProcess.Var.AGREEMENT_ID;
        public static final VariableFactory<Integer> AGREEMENT_VERSION = intVariable("agreementVersion");
        public static final VariableFactory<String> OWNER_PROCESS_INSTANCE_ID = stringVariable("ownerProcessInstanceId");
        public static final VariableFactory<Long> HOVEDAFTALE_ID = longVariable("hovedaftaleId");
        public static final VariableFactory<String> TASK_SUBJECT = stringVariable(TaskNames.SUBJECT);
        public static final VariableFactory<Date> PERIOD_ENDS_AT = dateVariable("periodEndsAt");
        /** True once the delaftale is active: the loop then revises an agreement in force. */
        public static final VariableFactory<Boolean> REVISING = booleanVariable("revising");
        /** Set when a version is approved: true when it replaced a version in force (the mail says so). */
        public static final VariableFactory<Boolean> ADJUSTMENT = booleanVariable("adjustment");
        // the agreement-approval call activity's answer
        public static final VariableFactory<String> APPROVAL_OUTCOME = stringVariable("approvalOutcome");
        public static final VariableFactory<String> REJECTED_BY = ReturnToNegotiationDelegate.REJECTED_BY;
        public static final VariableFactory<String> REJECTION_REASON = ReturnToNegotiationDelegate.REJECTION_REASON;
        // Samarbejdsforum's decision (the forum negotiation's answer)
        public static final VariableFactory<String> FORUM_DECISION = ForumNegotiationProcess.Var.DECISION;
        public static final VariableFactory<Long> MEETING_ID = ForumNegotiationProcess.Var.MEETING_ID;

        private Var() {
        }
    }
}
