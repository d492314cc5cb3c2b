package dk.kk.almenstyring.supervision.area;

/** The area-based styringsdialog model (S3), processes/area-dialogue.bpmn, in one place: key, element ids, variables. */
public final class AreaDialogueProcess {

    public static final String PROCESS_KEY = "omraadedialog";

    /** S3: TMF holds area-based dialogue meetings in 1–3 areas a year. */
    public static final int MAX_AREAS_PER_YEAR = 3;

    private AreaDialogueProcess() {
    }

    /** Element ids. */
    public static final class Element {
        public static final String START = "StartEvent_AreasChosen";
        public static final String REGISTER_AREAS = "Task_RegisterAreaDialogues";
        public static final String AREA_DIALOGUE = "SubProcess_AreaDialogue";
        public static final String OPEN_AREA = "Task_OpenAreaDialogue";
        public static final String PLAN_MEETING = "Task_PlanAreaMeeting";
        public static final String RECORD_PLAN = "Task_RecordAreaMeetingPlan";
        public static final String MAIL_INVITATIONS = "Task_MailAreaInvitations";
        public static final String MEETING_HELD = "Event_AreaMeetingHeld";
        public static final String REPORT_MEETING = "Task_ReportAreaMeeting";
        public static final String RECORD_REPORT = "Task_RecordAreaReport";
        public static final String AREA_REPORTED = "EndEvent_AreaReported";
        public static final String ALL_REPORTED = "EndEvent_AreaDialoguesReported";

        private Element() {
        }
    }

    /** Process variables; those after "per area" are local to one area's sub-process instance. */
    public static final class Var {
        // start form (start-area-dialogue)
        public static final String YEAR = "year";
        public static final String AREA_1 = "area1";
        public static final String AREA_2 = "area2";
        public static final String AREA_3 = "area3";
        public static final String INITIATOR = "initiator";
        // set when registered
        public static final String DIALOGUE_YEAR = "dialogueYear";
        public static final String AREAS_TEXT = "areasText";
        /** Appended to every task's name by the task-name plugin; per area it names the area and the year. */
        public static final String TASK_SUBJECT = "taskSubject";
        // per area
        public static final String AREA = "area";
        public static final String AREA_DIALOGUE_ID = "areaDialogueId";
        public static final String ORGANISATIONS_TEXT = "organisationsText";
        // plan-area-meeting form
        public static final String MEETING_DATE = "meetingDate";
        public static final String MEETING_TIME = "meetingTime";
        public static final String MEETING_LOCATION = "meetingLocation";
        public static final String FORVALTNINGER = "forvaltninger";
        public static final String INVITATION_NOTE = "invitationNote";
        // set when planned
        public static final String MEETING_TEXT = "meetingText";
        public static final String PARTICIPANTS_TEXT = "participantsText";
        public static final String MEETING_ENDS_AT = "areaMeetingEndsAt";
        // report-area-meeting form
        public static final String REPORT = "areaReport";

        private Var() {
        }
    }
}
