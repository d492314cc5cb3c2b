package dk.kk.almenstyring.hovedaftale;

/** The hovedaftale model in one place: key, element ids, messages and variables. */
public final class HovedaftaleProcess {

    public static final String PROCESS_KEY = "hovedaftale";
    public static final String MSG_SUPERSEDED = "HovedaftaleSuperseded";

    public static final String DRAFT = "Task_DraftHovedaftale";
    public static final String REGISTER_DRAFT = "Task_RegisterDraft";
    public static final String BMF_DISCUSSED = "Event_BmfDiscussed";
    public static final String RECORD_BMF_OUTCOME = "Task_RecordBmfOutcome";
    public static final String REVISE_FOR_BMF = "Task_ReviseForBmf";
    public static final String PSF_DECIDED = "Event_PsfDecided";
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
    public static final String EVALUATION_DISCUSSED = "Event_EvaluationDiscussed";
    public static final String DECIDE_ADJUSTMENT = "Task_DecideAdjustment";
    public static final String APPROVE_ADJUSTMENT = "CallActivity_ApproveAdjustment";
    public static final String APPLY_ADJUSTMENT = "Task_ApplyAdjustment";
    public static final String RENEWAL_STARTS = "Timer_RenewalStarts";
    public static final String START_SUCCESSOR = "Task_StartSuccessor";
    public static final String WARN_IF_NO_SUCCESSOR = "Task_WarnIfNoSuccessor";
    public static final String SUPERSEDED = "EndEvent_Superseded";
    public static final String EXPIRED = "EndEvent_Expired";

    public static final String VAR_TITLE = "agreementTitle";
    public static final String VAR_VALID_FROM = "validFrom";
    public static final String VAR_PREDECESSOR_ID = "predecessorId";
    public static final String VAR_AGREEMENT_ID = "agreementId";
    public static final String VAR_VERSION = "agreementVersion";
    public static final String VAR_THEMES = "themes";
    public static final String VAR_GOALS = "goals";
    public static final String VAR_BODY = "body";
    public static final String VAR_REVISION_REASON = "revisionReason";
    public static final String VAR_ADJUST = "adjust";
    public static final String VAR_APPROVAL_OUTCOME = "approvalOutcome";

    private HovedaftaleProcess() {
    }
}
