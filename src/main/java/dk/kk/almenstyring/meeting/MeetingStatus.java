package dk.kk.almenstyring.meeting;

public enum MeetingStatus {
    PLANNED, AGENDA_SENT, HELD, MINUTES_SENT, FINAL, CANCELLED;

    /** A meeting can be moved or cancelled, and take proposals, until it has been held. */
    public boolean beforeMeeting() {
        return this == PLANNED || this == AGENDA_SENT;
    }
}
