package dk.kk.almenstyring.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kk.almenstyring.common.PublicAddress;
import dk.kk.almenstyring.mail.MailTemplates.RenderedMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the mails of a step, renders their Danish templates, records them, and never sends a key twice.
 *
 * <p>Inside a transaction (a Camunda job, a completed task) the mails ordered are collected and handed to the SMTP
 * server together, in one session, just before the transaction commits: after the engine has written its state,
 * and early enough that a failure rolls the step back so the job is retried. Before the server is contacted each
 * mail is recorded as SENDING in {@link MailLog} (committed on a connection of its own, see {@link MailLogDatabase});
 * afterwards as SENT, FAILED (certainly not taken: retried) or UNKNOWN (the connection broke while the server was
 * taking it). A retry that finds a mail still SENDING (the earlier attempt crashed, or the database went away before
 * the outcome was recorded) does not send it again but records it as UNKNOWN and says so in one WARN line.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");
    private static final String MESSAGE_ID = "Message-ID";

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final MailLog mailLog;
    private final InternetAddress from;
    private final PublicAddress publicAddress;
    /** The key under which a transaction keeps the mails it ordered. */
    private final Object stepKey = new Object();
    /**
     * How long a step that has handed its mails to the server keeps trying to record the outcome while the database
     * is away, before it gives up and leaves them SENDING (UNKNOWN at the retry).
     */
    private final Duration recordPatience;

    public MailService(JavaMailSender sender, MailTemplates templates, MailLog mailLog,
            @Value("${almen.mail.from}") String from, PublicAddress publicAddress,
            ObjectProvider<MailSink> demoSink,
            @Value("${almen.mail.record-patience:PT60S}") Duration recordPatience) {
        this.sender = sender;
        this.templates = templates;
        this.mailLog = mailLog;
        this.from = fromAddress(from);
        this.publicAddress = publicAddress;
        this.recordPatience = recordPatience;
        // Asking for the demo sink here creates it (and opens its port) before anything can send a mail.
        demoSink.ifAvailable(sink -> log.debug("Mails go to the demo sink on port {}", sink.port()));
    }

    /**
     * Sends the order's mail unless a mail with the same key was sent (or may have been sent) before. Inside a
     * transaction it goes out with the step's other mails when the transaction commits; outside one, at once.
     *
     * @throws IllegalArgumentException when the recipient's address is invalid or the template cannot be
     *                                  filled in (recorded as FAILED), at once
     * @throws MailDeliveryException    when the SMTP server does not take the mail (recorded as FAILED); the
     *                                  Camunda job retries
     */
    public void send(MailOrder order) {
        check(order);
        PreparedMail mail = prepare(order);
        if (mail == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            step().add(mail);
        } else {
            deliver(List.of(mail));
        }
    }

    /** The Message-ID of the mail with this key: the same in every attempt, so the mail server's log can tell. */
    public String messageId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
            return "<almen." + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private PreparedMail prepare(MailOrder order) {
        RenderedMail mail = null;
        try {
            mail = templates.render(order.template(), model(order));
            String messageId = messageId(order.key());
            return new PreparedMail(order, mail, compose(order, mail, recipientAddress(order.recipient()), messageId),
                    messageId);
        } catch (RuntimeException e) {
            Optional<MailStatus> before = mailLog.statusOf(order.key());
            if (before.isPresent() && before.get() != MailStatus.FAILED) {
                // Sent (or maybe sent) by an earlier attempt; what changed since (an address) does not matter now.
                log.debug("Mail {} is {} already; not writing it again", order.key(), before.get());
                return null;
            }
            mailLog.recordUnsendable(order, mail, e.getMessage());
            throw e;
        }
    }

    private MailStep step() {
        MailStep step = (MailStep) TransactionSynchronizationManager.getResource(stepKey);
        if (step == null) {
            step = new MailStep();
            TransactionSynchronizationManager.bindResource(stepKey, step);
            TransactionSynchronizationManager.registerSynchronization(step);
        }
        return step;
    }

    /** The mails one transaction ordered, sent just before it commits. */
    private final class MailStep implements TransactionSynchronization {

        private final Map<String, PreparedMail> mails = new LinkedHashMap<>();

        void add(PreparedMail mail) {
            mails.putIfAbsent(mail.key(), mail);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            List<PreparedMail> due = List.copyOf(mails.values());
            mails.clear();
            if (!due.isEmpty()) {
                deliver(due);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(stepKey);
        }
    }

    /** Claims the mails, sends the claimed ones in one SMTP session, records the outcome. */
    private void deliver(List<PreparedMail> mails) {
        Map<String, MailLog.Claim> claims = mailLog.claim(mails);
        List<PreparedMail> claimed = new ArrayList<>();
        for (PreparedMail mail : mails) {
            MailLog.Claim claim = claims.get(mail.key());
            if (claim == MailLog.Claim.SEND) {
                claimed.add(mail);
            } else if (claim == MailLog.Claim.FOUND_UNFINISHED) {
                warnUnknown(mail, "et tidligere forsøg blev afbrudt mellem afsendelse og registrering");
            } else {
                log.debug("Mail {} is {}; not sending it again", mail.key(), claim);
            }
        }
        if (claimed.isEmpty()) {
            return;
        }
        Map<PreparedMail, Exception> failures = transmit(claimed);
        List<PreparedMail> sent = new ArrayList<>();
        Map<PreparedMail, String> failed = new LinkedHashMap<>();
        Map<PreparedMail, String> unknown = new LinkedHashMap<>();
        for (PreparedMail mail : claimed) {
            Exception failure = failures.get(mail);
            if (failure == null) {
                sent.add(mail);
            } else if (failure instanceof AmbiguousDelivery) {
                unknown.put(mail, rootMessage(failure.getCause()));
            } else {
                failed.put(mail, rootMessage(failure));
            }
        }
        try {
            recordOutcomes(sent, failed, unknown);
        } catch (RuntimeException e) {
            log.error("{} mail(s) were handed to the mail server but the outcome could not be recorded ({}); they stay"
                    + " SENDING and the retry records them as UNKNOWN instead of sending them again: {}", sent.size(),
                    rootMessage(e), sent.stream().map(PreparedMail::messageId).toList());
            throw e;
        }
        unknown.forEach((mail, reason) -> warnUnknown(mail, reason));
        if (!sent.isEmpty()) {
            log.info("Sent {} mail(s) in one SMTP session: {}", sent.size(), describe(sent));
        }
        if (!failed.isEmpty()) {
            Map.Entry<PreparedMail, String> first = failed.entrySet().iterator().next();
            MailOrder order = first.getKey().order();
            throw new MailDeliveryException("Mailen '" + order.key() + "' (" + order.template() + ") til "
                    + first.getKey().recipient() + " kunne ikke afleveres til mailserveren: " + first.getValue()
                    + (failed.size() > 1 ? " (og " + (failed.size() - 1) + " mail(s) mere i samme trin)" : ""),
                    failures.get(first.getKey()));
        }
    }

    /**
     * Records what the server said; while the database is unreachable, tries again every 2 s for
     * {@link #recordPatience}. The job thread waits meanwhile (its own transaction cannot commit either), and a short
     * outage ends with the mails recorded as SENT instead of UNKNOWN.
     */
    private void recordOutcomes(List<PreparedMail> sent, Map<PreparedMail, String> failed,
            Map<PreparedMail, String> unknown) {
        long giveUpAt = System.nanoTime() + recordPatience.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                mailLog.recordOutcomes(sent, failed, unknown);
                if (attempt > 1) {
                    log.info("Recorded the outcome of {} mail(s) after {} attempts", sent.size() + failed.size()
                            + unknown.size(), attempt);
                }
                return;
            } catch (DataAccessResourceFailureException | TransientDataAccessException
                    | RecoverableDataAccessException | TransactionException e) {
                // TransactionException: no connection for the transaction, or its commit failed with the connection
                if (System.nanoTime() - giveUpAt >= 0) {
                    throw e;
                }
                if (attempt == 1) {
                    log.warn("Cannot record the outcome of {} mail(s) the server has taken ({}); trying again for up"
                            + " to {} s", sent.size(), rootMessage(e), recordPatience.toSeconds());
                }
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Hands the mails to the SMTP server in one session ({@link JavaMailSender#send(MimeMessage...)} connects once
     * and reconnects only if the server drops the connection). Returns the mails it did not take, each with why: a
     * failure to connect or a refusal by the server means certainly not sent; any other error while a mail was
     * being transmitted may have come after the server took it, and is an {@link AmbiguousDelivery}.
     */
    private Map<PreparedMail, Exception> transmit(List<PreparedMail> mails) {
        Map<MimeMessage, PreparedMail> byMessage = new IdentityHashMap<>();
        mails.forEach(mail -> byMessage.put(mail.message(), mail));
        Map<PreparedMail, Exception> failures = new LinkedHashMap<>();
        try {
            sender.send(mails.stream().map(PreparedMail::message).toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            e.getFailedMessages().forEach((message, failure) -> {
                PreparedMail mail = byMessage.get(message);
                if (mail != null) {
                    boolean connectionFailed = failure == e.getCause();
                    failures.put(mail, connectionFailed || failure instanceof SendFailedException ? failure
                            : new AmbiguousDelivery(failure));
                }
            });
            if (e.getFailedMessages().isEmpty() && e.getCause() == null) {
                mails.forEach(mail -> failures.put(mail, e));
            }
        } catch (MailException e) {
            // Authentication or preparation: nothing was transmitted.
            mails.forEach(mail -> failures.put(mail, e));
        }
        return failures;
    }

    /** An error while a mail was being transmitted, which may have come after the server took it. */
    private static final class AmbiguousDelivery extends Exception {
        AmbiguousDelivery(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static void warnUnknown(PreparedMail mail, String reason) {
        log.warn("Mail UNKNOWN (sendt muligvis), not sent again: Message-ID {} to {} ({}, {}): {}. Check the mail"
                + " server's log for the Message-ID; see docs/operations.md", mail.messageId(), mail.recipient(),
                mail.order().template(), mail.key(), reason);
    }

    private static String describe(List<PreparedMail> mails) {
        StringBuilder text = new StringBuilder();
        for (PreparedMail mail : mails) {
            if (text.length() > 300) {
                return text.append(", …").toString();
            }
            text.append(text.isEmpty() ? "" : ", ").append(mail.order().template()).append(" to ")
                    .append(mail.order().recipient().userId());
        }
        return text.toString();
    }

    private static void check(MailOrder order) {
        Objects.requireNonNull(order, "order");
        if (order.key() == null || order.key().isBlank()) {
            throw new IllegalArgumentException("A mail order needs an idempotency key");
        }
        Objects.requireNonNull(order.recipient(), "recipient");
        Objects.requireNonNull(order.recipient().userId(), "recipient.userId");
        Objects.requireNonNull(order.template(), "template");
    }

    /** The order's model, plus what every mail says the same way: whom it greets and where Tasklist is. */
    private Map<String, Object> model(MailOrder order) {
        Map<String, Object> model = new HashMap<>(order.model() == null ? Map.of() : order.model());
        model.putIfAbsent("recipientName", order.recipient().name());
        model.putIfAbsent(MailTemplate.TASKLIST_URL, publicAddress.tasklistUrl());
        model.put(MailTemplate.CALENDAR_ATTACHED,
                order.attachment() != null && CalendarInvitations.isCalendar(order.attachment()));
        return model;
    }

    private static InternetAddress recipientAddress(Recipient recipient) {
        String email = recipient.email() == null ? "" : recipient.email().trim();
        try {
            InternetAddress[] parsed = InternetAddress.parse(email, true);
            if (parsed.length != 1 || !parsed[0].getAddress().equals(email)) {
                throw new AddressException("not a single address", email);
            }
            parsed[0].validate();
            int at = email.indexOf('@');
            if (at <= 0 || at == email.length() - 1 || email.indexOf('.', at) < 0) {
                throw new AddressException("not user@domain", email);
            }
            return new InternetAddress(email, recipient.name(), UTF_8);
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Brugeren '" + recipient.userId() + "' har ikke en gyldig "
                    + "e-mailadresse ('" + email + "'); ret adressen i brugerens profil", e);
        }
    }

    private MimeMessage compose(MailOrder order, RenderedMail mail, InternetAddress to, String messageId) {
        try {
            MimeMessage message = sender.createMimeMessage();
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(mail.subject(), UTF_8);
            message.setSentDate(ClockUtil.getCurrentTime());
            Attachment attachment = order.attachment();
            if (attachment == null) {
                message.setText(mail.body(), UTF_8);
            } else {
                message.setContent(withAttachment(mail.body(), attachment));
            }
            message.saveChanges();
            // After saveChanges, which would invent a new one; JavaMailSenderImpl keeps an explicit Message-ID.
            message.setHeader(MESSAGE_ID, messageId);
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose mail " + order.key(), e);
        }
    }

    /**
     * A calendar attachment goes in twice, as Exchange sends invitations: inline as the alternative to the
     * text (which is what Outlook and Gmail read as a meeting request) and as the .ics file itself.
     */
    private static MimeMultipart withAttachment(String body, Attachment attachment) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, UTF_8);
        MimeMultipart mixed = new MimeMultipart("mixed");
        if (CalendarInvitations.isCalendar(attachment)) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            MimeBodyPart inlineCalendar = dataPart(attachment);
            inlineCalendar.setDisposition(Part.INLINE);
            alternative.addBodyPart(inlineCalendar);
            MimeBodyPart alternativePart = new MimeBodyPart();
            alternativePart.setContent(alternative);
            mixed.addBodyPart(alternativePart);
        } else {
            mixed.addBodyPart(text);
        }
        MimeBodyPart file = dataPart(attachment);
        file.setDisposition(Part.ATTACHMENT);
        file.setFileName(attachment.filename());
        mixed.addBodyPart(file);
        return mixed;
    }

    private static MimeBodyPart dataPart(Attachment attachment) throws MessagingException {
        String contentType = attachment.contentType() == null ? "application/octet-stream" : attachment.contentType();
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), contentType)));
        // Set now rather than at send time, so that setFileName adds the name parameter older clients look for.
        part.setHeader("Content-Type", contentType);
        return part;
    }

    /** "Name <address>"; the name may contain commas, which a plain address-list parse would split on. */
    static InternetAddress fromAddress(String configured) {
        try {
            Matcher matcher = NAME_AND_ADDRESS.matcher(configured);
            if (matcher.matches()) {
                return new InternetAddress(matcher.group(2).trim(), matcher.group(1).trim(), UTF_8);
            }
            InternetAddress address = new InternetAddress(configured.trim(), true);
            address.validate();
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("almen.mail.from is not a valid address: " + configured, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
