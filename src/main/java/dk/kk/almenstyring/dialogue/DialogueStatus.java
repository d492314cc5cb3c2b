package dk.kk.almenstyring.dialogue;

/** Where one organisation's styringsdialog stands in the year's round. */
public enum DialogueStatus {
    /** Asked to book a meeting. */
    INVITED,
    /** A meeting date inside the window is booked. */
    BOOKED,
    /** The meeting has taken place; the report is due. */
    HELD,
    /** TMF has recorded the report (S2). */
    REPORTED,
    /** The window closed without a booking. */
    NOT_HELD
}
