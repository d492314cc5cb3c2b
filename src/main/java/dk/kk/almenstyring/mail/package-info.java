/**
 * Mail to members, chairs and the secretariat: Danish plain-text mails, calendar invitations, and the record
 * that makes every mail go out at most once.
 *
 * <h2>Sending</h2>
 * Build a {@link dk.kk.almenstyring.mail.MailOrder} and call {@link dk.kk.almenstyring.mail.MailService#send}.
 * The order's {@code key} is its identity: a key that was sent once is never sent again, so a Camunda job that
 * is retried (or rolled back after the mail went out) does not repeat the mail. Make the key say what the
 * mail is and to whom, e.g. {@code meeting-42/invitation/seq-0/user-jdoe}; the mail's Message-ID is derived from it.
 * Inside a transaction (a job, a completed task) the mails are sent together, in one SMTP session, just before the
 * transaction commits; each is recorded as SENDING in {@code mail_log} before the server is contacted and as SENT,
 * FAILED or UNKNOWN afterwards (see {@link dk.kk.almenstyring.mail.MailStatus} and docs/operations.md), readable
 * through {@link dk.kk.almenstyring.mail.MailLog}. An SMTP failure throws
 * {@link dk.kk.almenstyring.mail.MailDeliveryException} (the job retries, then raises an incident); an invalid
 * recipient address or a missing template value throws {@link IllegalArgumentException} at once.
 *
 * <h2>Template format</h2>
 * One file per template, {@code src/main/resources/mail/<template>.mustache}, UTF-8:
 * <pre>
 * Emne: Dagsorden: {{forumName}} {{meetingDate}}
 *
 * Kære {{recipientName}}
 * …the plain-text body…
 * {{&gt; hilsen}}
 * </pre>
 * <ul>
 * <li>The first line is {@code Emne: } followed by the subject, itself a template; line breaks and runs of
 * spaces in the rendered subject become one space.</li>
 * <li>Everything after the first line is the body, plain text, Mustache syntax
 * (<a href="https://github.com/samskivert/jmustache">jmustache</a>) without HTML escaping. Leading blank
 * lines are dropped and runs of blank lines that sections leave behind are reduced to one.</li>
 * <li>{@code {{> name}}} includes {@code mail/partials/name.mustache} (e.g. {@code hilsen}, the signature).</li>
 * <li>All values are preformatted text (see {@link dk.kk.almenstyring.common.DanishText}), lists of maps, or
 * booleans. A required value that is missing, null or blank fails the mail; it never renders as blank.
 * Optional values are guarded in the template with a section: {@code {{#proposalDeadline}}…{{/proposalDeadline}}}.</li>
 * <li>{@code calendarAttached} is set by the service (true when the order carries a calendar attachment).</li>
 * </ul>
 * The templates and the keys each one reads are listed in {@link dk.kk.almenstyring.mail.MailTemplate}; add a
 * new template there and as a file.
 *
 * <h2>Calendar invitations</h2>
 * {@link dk.kk.almenstyring.mail.CalendarInvitations} writes METHOD:REQUEST and METHOD:CANCEL iCalendar
 * attachments; keep the meeting's UID and raise its SEQUENCE on every change. ical4j is configured offline by
 * {@code ical4j.properties}.
 *
 * <h2>Demo mail sink</h2>
 * With {@code almen.mail-sink.enabled=true} (the demo profile), {@link dk.kk.almenstyring.mail.MailSink} runs an
 * SMTP server on 127.0.0.1:{@code spring.mail.port} that keeps the newest {@code almen.mail-sink.keep} mails;
 * {@code GET /mail} shows them a page at a time and {@code GET /api/mail} lists them as JSON.
 */
package dk.kk.almenstyring.mail;
