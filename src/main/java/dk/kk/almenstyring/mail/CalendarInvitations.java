package dk.kk.almenstyring.mail;

import org.springframework.stereotype.Component;

/** iCalendar (RFC 5545) invitations, written with ical4j. */
@Component
public class CalendarInvitations {

    /** METHOD:REQUEST: a new or updated meeting. */
    public Attachment request(CalendarEvent event) {
        throw new UnsupportedOperationException("being built by the mail package");
    }

    /** METHOD:CANCEL: the meeting is cancelled. */
    public Attachment cancel(CalendarEvent event) {
        throw new UnsupportedOperationException("being built by the mail package");
    }
}
