package dk.kk.almenstyring.mail;

import java.time.Instant;

/**
 * A mail as recorded in {@code mail_log}: one per idempotency key, updated by every attempt.
 *
 * @param subject        the rendered subject, or null when the template could not be rendered
 * @param body           the rendered plain-text body, or null when the template could not be rendered
 * @param attachmentName e.g. {@code invite.ics}, or null
 * @param sentAt         when the SMTP server accepted it, or null
 * @param attempts       how many times sending was tried
 * @param lastError      why the latest attempt failed, or null
 * @param messageId      the Message-ID header the mail carries (the same in every attempt), or null when it
 *                       could not be written
 */
public record LoggedMail(long id, String key, String recipientUserId, String recipientAddress, String subject,
        String template, Long meetingId, String body, String attachmentName, Instant createdAt, Instant sentAt,
        MailStatus status, int attempts, String lastError,
        String messageId) {
}
