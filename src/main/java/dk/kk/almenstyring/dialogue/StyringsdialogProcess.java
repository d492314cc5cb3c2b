package dk.kk.almenstyring.dialogue;

import java.util.List;

import dk.kk.almenstyring.forvaltning.Forvaltning;

/**
 * The styringsdialog's two models in one place (S1, S2, A7): the yearly round ({@value #ROUND_KEY}) and the dialogue
 * with one housing organisation ({@value #DIALOGUE_KEY}), their element ids and variable names, used by the
 * delegates and the tests.
 */
public final class StyringsdialogProcess {

    public static final String ROUND_KEY = "styringsdialog";
    public static final String DIALOGUE_KEY = "styringsdialog-moede";
    /** The yearly timer that starts the round (Camunda 7 allows no timer start beside a start form). */
    public static final String YEARLY_START_KEY = "styringsdialog-aarlig-start";

    /** The seven forvaltninger's groups (groups.yml), each asked for agenda items (S1). */
    public static final List<String> FORVALTNING_GROUPS = Forvaltning.groupIds();

    /** TMF's secretariat: starts the round, records the reports, writes the summary, gets the escalations. */
    public static final String SECRETARIAT_GROUP = "sekretariat";

    private StyringsdialogProcess() {
    }

    /** Element ids of processes/styringsdialog.bpmn. */
    public static final class Round {
        public static final String START_BY_SECRETARIAT = "StartEvent_RoundRequested";
        public static final String OPEN = "Task_OpenRound";
        /** S6: the year's extended supervision list (the supervision package's selectExtendedSupervision). */
        public static final String SELECT_EXTENDED_SUPERVISION = "Task_SelectExtendedSupervision";
        public static final String DIALOGUES = "CallActivity_Dialogues";
        public static final String PREPARE_SUMMARY = "Task_PrepareSummary";
        public static final String SUMMARISE = "Task_SummariseRound";
        public static final String CLOSE = "Task_CloseRound";
        public static final String CLOSED = "EndEvent_RoundClosed";

        private Round() {
        }
    }

    /** Element ids of processes/styringsdialog-aarlig-start.bpmn. */
    public static final class YearlyStart {
        public static final String ROUND_DUE = "StartEvent_RoundDue";
        public static final String START_ROUND = "Task_StartRound";

        private YearlyStart() {
        }
    }

    /** Element ids of processes/styringsdialog-moede.bpmn. */
    public static final class Dialogue {
        public static final String START = "StartEvent_DialogueInvited";
        public static final String OPEN = "Task_OpenDialogue";
        public static final String SEND_INVITATION = "Task_SendInvitation";
        public static final String BOOK_MEETING = "Task_BookMeeting";
        public static final String BOOKING_OVERDUE = "BoundaryEvent_BookingOverdue";
        public static final String REMIND_BOOKING = "Task_RemindBooking";
        public static final String BOOKING_ESCALATION = "BoundaryEvent_BookingEscalation";
        public static final String ESCALATE_BOOKING = "Task_EscalateBooking";
        public static final String WINDOW_CLOSED = "BoundaryEvent_WindowClosed";
        public static final String MARK_NOT_HELD = "Task_MarkNotHeld";
        public static final String NOT_HELD = "EndEvent_NotHeld";
        public static final String RECORD_BOOKING = "Task_RecordBooking";
        public static final String PROPOSE_AGENDA_ITEMS = "Task_ProposeAgendaItems";
        public static final String AGENDA_DEADLINE = "BoundaryEvent_AgendaDeadline";
        public static final String SEND_AGENDA = "Task_SendAgenda";
        public static final String MEETING_HELD = "Event_MeetingHeld";
        public static final String MARK_HELD = "Task_MarkHeld";
        public static final String RECORD_REPORT = "Task_RecordReport";
        public static final String REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
        public static final String REMIND_REPORT = "Task_RemindReport";
        public static final String REPORT_ESCALATION = "BoundaryEvent_ReportEscalation";
        public static final String ESCALATE_REPORT = "Task_EscalateReport";
        public static final String SAVE_REPORT = "Task_SaveReport";
        public static final String REPORTED = "EndEvent_DialogueReported";

        private Dialogue() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // the round
        public static final String YEAR = "year";
        public static final String ORGANISATION_CODES = "organisationCodes";
        public static final String INVITED = "invitedCount";
        public static final String BOOKED = "bookedCount";
        public static final String HELD = "heldCount";
        public static final String REPORTED = "reportedCount";
        public static final String REPORTS_OVERVIEW = "reportsOverview";
        public static final String SUMMARY = "roundSummary";
        /** Read by the product's task-name listener: appended to the static task name. */
        public static final String TASK_SUBJECT = "taskSubject";
        public static final String WINDOW_TEXT = "windowText";
        // one dialogue
        public static final String ORGANISATION_CODE = "organisationCode";
        public static final String ORGANISATION_NAME = "organisationName";
        public static final String ORGANISATION_GROUP = "organisationGroup";
        public static final String DIALOGUE_ID = "dialogueId";
        public static final String WINDOW_CLOSES_AT = "windowClosesAt";
        public static final String BOOKING_DUE = "bookingDue";
        public static final String BOOKING_DUE_TEXT = "bookingDueText";
        public static final String BOOKING_ESCALATE_AT = "bookingEscalateAt";
        public static final String FORVALTNING_GROUPS = "forvaltningGroups";
        public static final String FORVALTNING_GROUP = "forvaltningGroup";
        // book-styringsdialog form
        public static final String MEETING_DATE = "meetingDate";
        public static final String MEETING_TIME = "meetingTime";
        public static final String MEETING_LOCATION = "meetingLocation";
        // set when booked
        public static final String MEETING_TEXT = "meetingText";
        public static final String MEETING_ENDS_AT = "meetingEndsAt";
        public static final String AGENDA_DEADLINE = "agendaDeadline";
        public static final String AGENDA_DEADLINE_TEXT = "agendaDeadlineText";
        public static final String REPORT_DUE = "reportDue";
        public static final String REPORT_DUE_TEXT = "reportDueText";
        public static final String REPORT_ESCALATE_AT = "reportEscalateAt";
        // styringsdialog-agenda-items form (local to each forvaltning's task)
        public static final String TAKES_PART = "takesPart";
        public static final String AGENDA_ITEMS = "agendaItemsText";
        // report-styringsdialog form
        public static final String GOAL_ASSESSMENTS = "goalAssessments";
        /** The goals the report must assess ("agreementId/goalIndex", comma-separated), set when held. */
        public static final String GOAL_KEYS = "goalKeys";
        public static final String REPORT_TEXT = "reportText";
        public static final String NEW_ENKELTAFTALER = "newEnkeltaftaler";
        public static final String ENKELTAFTALE_FOLLOW_UP_DATE = "enkeltaftaleFollowUpDate";
        /** S6: the organisation's estates brought into the extended supervision at the meeting, comma-separated. */
        public static final String SUPERVISION_ESTATES = "supervisionEstates";
        public static final String SUPERVISION_REASON = "supervisionReason";
        /** Local input of the reminder and escalation steps: BOOKING or REPORT. */
        public static final String ABOUT = "about";
        public static final String ABOUT_BOOKING = "BOOKING";
        public static final String ABOUT_REPORT = "REPORT";

        private Var() {
        }
    }
}
