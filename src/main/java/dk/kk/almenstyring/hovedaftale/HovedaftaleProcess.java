package dk.kk.almenstyring.hovedaftale;

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

/** The hovedaftale model (A1–A5, A8, F12) in one place: key, element ids, messages and typed variables. */
public final class HovedaftaleProcess {

    public static final String PROCESS_KEY = "hovedaftale";
    public static final String MSG_SUPERSEDED = "HovedaftaleSuperseded";

    public static final String DRAFT = "Task_DraftHovedaftale";
    public static final String REGISTER_DRAFT = "Task_RegisterDraft";
    public static final String NEGOTIATE_IN_BMF = "CallActivity_NegotiateInBmf";
    public static final String RECORD_BMF_OUTCOME = "Task_RecordBmfOutcome";
    public static final String REVISE_FOR_BMF = "Task_ReviseForBmf";
    public static final String NEGOTIATE_IN_PSF = "CallActivity_NegotiateInPsf";
    public static final String REVISE_DRAFT = "Task_ReviseDraft";
    public static final String MARK_NEGOTIATED = "Task_MarkNegotiated";
    public static final String SEND_NEGOTIATED_TEXT = "Task_SendNegotiatedText";
    public static final String APPROVAL = "CallActivity_Approval";
    public static final String RETURN_TO_NEGOTIATION = "Task_ReturnToNegotiation";
    public static final String APPROVE = "Task_ApproveHovedaftale";
    public static final String PERIOD_STARTS = "Timer_PeriodStarts";
    public static final String ACTIVATE = "Task_ActivateHovedaftale";
    public static final String ANNOUNCE = "Task_AnnounceHovedaftale";
    public static final String INVITE_ACCESSION = "Task_InviteAccession";
    public static final String ACTIVE_PERIOD = "SubProcess_ActivePeriod";
    public static final String NEXT_EVALUATION = "Timer_NextEvaluation";
    public static final String REQUEST_EVALUATION_ITEM = "Task_RequestEvaluationItem";
    public static final String EVALUATION_DISCUSSED = "Event_EvaluationDiscussed";
    public static final String DECIDE_ADJUSTMENT = "Task_DecideAdjustment";
    public static final String APPROVE_ADJUSTMENT = "CallActivity_ApproveAdjustment";
    public static final String APPLY_ADJUSTMENT = "Task_ApplyAdjustment";
    public static final String KEEP_VERSION_IN_FORCE = "Task_KeepVersionInForce";
    public static final String RENEWAL_STARTS = "Timer_RenewalStarts";
    public static final String START_SUCCESSOR = "Task_StartSuccessor";
    public static final String WARN_IF_NO_SUCCESSOR = "Task_WarnIfNoSuccessor";
    public static final String EXPIRE = "Task_ExpireHovedaftale";
    public static final String SUPERSEDED = "EndEvent_Superseded";
    public static final String EXPIRED = "EndEvent_Expired";

    /** The timers that change the agreement, by the names the diagram gives them (recorded as who acted). */
    static final String TIMER_PERIOD_STARTS = "Aftaleperioden begynder";
    static final String TIMER_PERIOD_ENDS = "Aftaleperioden udløber";

    private HovedaftaleProcess() {
    }

    /** Process variables, with their types. */
    public static final class Var {
        // start form (start-hovedaftale); a successor is started with these by its predecessor
        public static final VariableFactory<String> TITLE = stringVariable("agreementTitle");
        /** ISO date (yyyy-mm-dd) once checked; the form sends dd.mm.åååå (a text field). */
        public static final VariableFactory<String> VALID_FROM = stringVariable("validFrom");
        public static final VariableFactory<String> VALID_TO = stringVariable("validTo");
        public static final VariableFactory<Long> PREDECESSOR_ID = longVariable("predecessorId");
        // draft-hovedaftale and decide-adjustment forms
        public static final VariableFactory<Object> THEMES = customVariable("themes", Object.class);
        public static final VariableFactory<Object> GOALS = customVariable("goals", Object.class);
        public static final VariableFactory<Object> BODY = customVariable("body", Object.class);
        public static final VariableFactory<Object> DOCUMENTS = customVariable("documents", Object.class);
        public static final VariableFactory<Object> REVISION_REASON = customVariable("revisionReason", Object.class);
        /** decide-adjustment: "yes" when Partnerskabsforum decided to adjust. */
        public static final VariableFactory<String> ADJUST = stringVariable("adjust");
        // set by the process
        public static final VariableFactory<Long> AGREEMENT_ID = ForumNegotiationProcess.Var.AGREEMENT_ID;
        public static final VariableFactory<Integer> VERSION = intVariable("agreementVersion");
        public static final VariableFactory<String> TASK_SUBJECT = stringVariable(TaskNames.SUBJECT);
        public static final VariableFactory<Date> PERIOD_STARTS_AT = dateVariable("periodStartsAt");
        public static final VariableFactory<Date> PERIOD_ENDS_AT = dateVariable("periodEndsAt");
        public static final VariableFactory<Date> RENEWAL_START_AT = dateVariable("renewalStartAt");
        public static final VariableFactory<Date> EXPIRY_WARNING_AT = dateVariable("expiryWarningAt");
        public static final VariableFactory<Date> NEXT_EVALUATION_AT = dateVariable("nextEvaluationAt");
        /** True when the version just approved replaced one in force (the announcement says so). */
        public static final VariableFactory<Boolean> ADJUSTMENT = booleanVariable("adjustment");
        public static final VariableFactory<Boolean> SUCCESSOR_ACTIVE = booleanVariable("successorActive");
        public static final VariableFactory<Integer> ACCESSIONS_INVITED = intVariable("accessionsInvited");
        // the agreement-approval call activity's answer
        public static final VariableFactory<String> APPROVAL_OUTCOME = stringVariable("approvalOutcome");
        public static final VariableFactory<String> REJECTED_BY = ReturnToNegotiationDelegate.REJECTED_BY;
        public static final VariableFactory<String> REJECTION_REASON = ReturnToNegotiationDelegate.REJECTION_REASON;
        // the forum's decision (forum negotiation's answer, or the evaluation item's message)
        public static final VariableFactory<String> FORUM_OUTCOME = ForumNegotiationProcess.Var.OUTCOME;
        public static final VariableFactory<String> FORUM_DECISION = ForumNegotiationProcess.Var.DECISION;

        private Var() {
        }
    }
}
