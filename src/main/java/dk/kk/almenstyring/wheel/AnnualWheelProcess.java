package dk.kk.almenstyring.wheel;

/** The aarshjul model in one place: its key, element ids and variable names, used by code and tests. */
public final class AnnualWheelProcess {

    public static final String PROCESS_KEY = "aarshjul";
    /** The yearly timer that starts the årshjul for the next year (a model of its own: see its documentation). */
    public static final String YEARLY_PROCESS_KEY = "aarshjul-yearly";

    private AnnualWheelProcess() {
    }

    /** Element ids of processes/aarshjul.bpmn. */
    public static final class Element {
        public static final String START_REQUESTED = "StartEvent_PlanRequested";
        public static final String ALREADY_PLANNED = "EndEvent_AlreadyPlanned";
        public static final String REVIEW_PLAN = "Task_ReviewPlan";
        public static final String PLANNED_MEETINGS = "SubProcess_PlannedMeetings";
        public static final String TIME_TO_CALL = "TimerEvent_TimeToCallMeeting";
        public static final String PLAN_CARRIED_OUT = "EndEvent_PlanCarriedOut";

        private Element() {
        }
    }

    /** Process variables. */
    public static final class Var {
        public static final String PLAN_YEAR = "planYear";
        /** What the review task is about, appended to its static name ("Årshjul 2028"). */
        public static final String TASK_SUBJECT = dk.kk.almenstyring.model.TaskNames.SUBJECT;
        public static final String ALREADY_PLANNED = "alreadyPlanned";
        public static final String PLANNED_MEETINGS = "plannedMeetings";
        public static final String PLAN_ID = "planId";
        public static final String PLANNED_MEETING_ID = "plannedMeetingId";
        public static final String INITIATOR = "initiator";

        private Var() {
        }
    }

    /** The fields of one item of {@code plannedMeetings} (the review form's list). */
    public static final class Item {
        public static final String FORUM_KEY = "forumKey";
        public static final String MEETING_DATE = "meetingDate";
        public static final String MEETING_TIME = "meetingTime";
        public static final String MEETING_LOCATION = "meetingLocation";

        private Item() {
        }
    }
}
