package dk.kk.almenstyring.mail;

import java.util.Map;

/**
 * One mail to one recipient.
 *
 * @param key        idempotency key: a mail whose key was already sent is never sent again (a retried job)
 * @param template   name of a Danish template under {@code mail/} (see the mail package)
 * @param model      values the template reads
 * @param meetingId  the meeting the mail belongs to, or null
 * @param attachment an attachment (e.g. an iCalendar invitation), or null
 */
public record MailOrder(String key, Recipient recipient, String template, Map<String, Object> model, Long meetingId,
        Attachment attachment) {
}
