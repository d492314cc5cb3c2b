package dk.kk.almenstyring.meeting;

/** The meeting-cycle model in one place: its key, element ids and variable names, used by code and tests. */
public final class MeetingCycle {

    public static final String PROCESS_KEY = "meeting-cycle";

    private MeetingCycle() {
    }

    /** What a meeting's tasks are about, appended to their names: "Samarbejdsforum torsdag den 18. marts 2027". */
    public static String taskSubject(String forumName, String meetingDateText) {
        return forumName + " " + meetingDateText;
    }

    /** Element ids of processes/meeting-cycle.bpmn. */
    public static final class Element {
        public static final String START = "StartEvent_MeetingRequested";
        public static final String REGISTER_MEETING = "Task_RegisterMeeting";
        public static final String SEND_INVITATION = "Task_SendInvitation";
        public static final String CHANGE_MEETING = "Task_ChangeMeeting";
        public static final String MEETING_STARTS = "BoundaryEvent_MeetingStarts";
        public static final String CHANGE_WINDOW_CLOSED = "EndEvent_ChangeWindowClosed";
        public static final String MOVE_MEETING = "Task_MoveMeeting";
        public static final String SEND_MOVE_NOTICE = "Task_SendMoveNotice";
        public static final String CANCEL_MEETING = "Task_CancelMeeting";
        public static final String SEND_CANCELLATION = "Task_SendCancellation";
        public static final String MEETING_CANCELLED = "EndEvent_MeetingCancelled";
        public static final String AGENDA_PHASE = "SubProcess_Agenda";
        public static final String PROPOSE_AGENDA_ITEM = "Task_ProposeAgendaItem";
        public static final String SUBMIT_PROPOSAL = "Task_SubmitProposal";
        public static final String NO_PROPOSAL_CALL = "EndEvent_NoProposalCall";
        public static final String PROPOSAL_DEADLINE_PASSED = "TimerEvent_ProposalDeadlinePassed";
        public static final String PREFILL_AGENDA = "Task_PrefillAgenda";
        public static final String PREPARE_AGENDA = "Task_PrepareAgenda";
        public static final String AGENDA_REMINDER = "BoundaryEvent_AgendaReminder";
        public static final String SEND_AGENDA_REMINDER = "Task_SendAgendaReminder";
        public static final String AGENDA_OVERDUE = "BoundaryEvent_AgendaOverdue";
        public static final String SEND_AGENDA_ESCALATION = "Task_SendAgendaEscalation";
        public static final String SAVE_AGENDA = "Task_SaveAgenda";
        public static final String SEND_AGENDA = "Task_SendAgenda";
        public static final String AGENDA_SENT = "EndEvent_AgendaSent";
        public static final String MEETING_HELD = "TimerEvent_MeetingHeld";
        public static final String PREPARE_MINUTES = "Task_PrepareMinutes";
        public static final String RECORD_MINUTES = "Task_RecordMinutes";
        public static final String MINUTES_REMINDER = "BoundaryEvent_MinutesReminder";
        public static final String SEND_MINUTES_REMINDER = "Task_SendMinutesReminder";
        public static final String MINUTES_OVERDUE = "BoundaryEvent_MinutesOverdue";
        public static final String SEND_MINUTES_ESCALATION = "Task_SendMinutesEscalation";
        public static final String SAVE_MINUTES = "Task_SaveMinutes";
        public static final String SEND_MINUTES = "Task_SendMinutes";
        public static final String COMMENT_WINDOW = "SubProcess_CommentWindow";
        public static final String SUBMIT_COMMENT = "Task_SubmitComment";
        public static final String SAVE_COMMENT = "Task_SaveComment";
        public static final String COMMENT_WINDOW_CLOSES = "BoundaryEvent_CommentWindowCloses";
        public static final String CLOSE_COMMENT_WINDOW = "Task_CloseCommentWindow";
        public static final String INCORPORATE_COMMENTS = "Task_IncorporateComments";
        public static final String FINALISE_MINUTES = "Task_FinaliseMinutes";
        public static final String SEND_FINAL_MINUTES = "Task_SendFinalMinutes";
        public static final String MINUTES_FINAL = "EndEvent_MinutesFinal";

        private Element() {
        }
    }

    /** Process variables. */
    public static final class Var {
        // given at the start (start form or REST)
        public static final String FORUM_KEY = "forumKey";
        public static final String MEETING_DATE = "meetingDate";
        public static final String MEETING_TIME = "meetingTime";
        public static final String MEETING_LOCATION = "meetingLocation";
        public static final String EXTRAORDINARY_REASON = "extraordinaryReason";
        public static final String INITIATOR = "initiator";
        // set when the meeting is registered or moved
        public static final String MEETING_ID = "meetingId";
        public static final String FORUM_NAME = "forumName";
        public static final String MEMBER_GROUPS = "memberGroups";
        public static final String SECRETARIAT_GROUP = "secretariatGroup";
        public static final String CALLS_FOR_PROPOSALS = "callsForProposals";
        public static final String MEETING_START = "meetingStart";
        public static final String MEETING_END = "meetingEnd";
        public static final String MEETING_DATE_TEXT = "meetingDateText";
        public static final String MEETING_TIME_TEXT = "meetingTimeText";
        public static final String PROPOSAL_DEADLINE = "proposalDeadline";
        public static final String PROPOSAL_DEADLINE_TEXT = "proposalDeadlineText";
        public static final String AGENDA_DEADLINE = "agendaDeadline";
        public static final String AGENDA_DEADLINE_TEXT = "agendaDeadlineText";
        public static final String AGENDA_REMINDER_AT = "agendaReminderAt";
        public static final String MINUTES_DEADLINE = "minutesDeadline";
        public static final String MINUTES_DEADLINE_TEXT = "minutesDeadlineText";
        public static final String MINUTES_REMINDER_AT = "minutesReminderAt";
        public static final String COMMENT_WINDOW_END = "commentWindowEnd";
        public static final String COMMENT_WINDOW_END_TEXT = "commentWindowEndText";
        // change-meeting form
        public static final String CHANGE_ACTION = "changeAction";
        public static final String NEW_MEETING_DATE = "newMeetingDate";
        public static final String NEW_MEETING_TIME = "newMeetingTime";
        public static final String NEW_MEETING_LOCATION = "newMeetingLocation";
        public static final String CHANGE_REASON = "changeReason";
        // propose-agenda-item form
        public static final String PROPOSAL_TITLE = "proposalTitle";
        public static final String PROPOSAL_DESCRIPTION = "proposalDescription";
        public static final String PROPOSAL_THEME = "proposalTheme";
        public static final String PROPOSER_FORVALTNING = "proposerForvaltning";
        // prepare-agenda form
        public static final String AGENDA_ITEMS = "agendaItems";
        // record-minutes form
        public static final String MEMBER_OPTIONS = "memberOptions";
        public static final String ATTENDANCE = "attendance";
        public static final String DECISIONS = "decisions";
        public static final String MINUTES_TEXT = "minutesText";
        // comments
        public static final String COMMENT_TEXT = "commentText";
        public static final String COMMENT_COUNT = "commentCount";
        public static final String COMMENTS_TEXT = "commentsText";
        public static final String FINAL_MINUTES_TEXT = "finalMinutesText";

        private Var() {
        }
    }
}
