package dk.kk.almenstyring.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.kk.almenstyring.mail.MailTemplates.RenderedMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
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
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/** Sends one mail per order, renders its Danish template, records it, and never sends a key twice. */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final MailLog mailLog;
    private final InternetAddress from;
    private final String tasklistUrl;

    public MailService(JavaMailSender sender, MailTemplates templates, MailLog mailLog,
            @Value("${almen.mail.from}") String from, @Value("${almen.base-url}") String baseUrl,
            ObjectProvider<MailSink> demoSink) {
        this.sender = sender;
        this.templates = templates;
        this.mailLog = mailLog;
        this.from = fromAddress(from);
        this.tasklistUrl = baseUrl + "/camunda/app/tasklist/";
        // Asking for the demo sink here creates it (and opens its port) before anything can send a mail.
        demoSink.ifAvailable(sink -> log.debug("Mails go to the demo sink on port {}", sink.port()));
    }

    /**
     * Sends the order's mail unless a mail with the same key was sent before. The attempt is recorded in
     * {@link MailLog} in a transaction of its own, so a rollback of the caller's transaction cannot undo it.
     *
     * @throws IllegalArgumentException when the recipient's address is invalid or the template cannot be
     *                                  filled in (recorded as FAILED)
     * @throws MailDeliveryException    when the SMTP server does not take the mail (recorded as FAILED); the
     *                                  Camunda job retries
     */
    public void send(MailOrder order) {
        check(order);
        if (mailLog.isSent(order.key())) {
            log.debug("Mail {} was sent before; not sending it again", order.key());
            return;
        }
        RenderedMail mail = null;
        MimeMessage message;
        try {
            mail = templates.render(order.template(), model(order));
            message = compose(order, mail, recipientAddress(order.recipient()));
        } catch (RuntimeException e) {
            mailLog.recordFailure(order, mail, e.getMessage());
            throw e;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            mailLog.recordFailure(order, mail, rootMessage(e));
            throw new MailDeliveryException("Mailen '" + order.key() + "' (" + order.template() + ") til "
                    + order.recipient().userId() + " <" + order.recipient().email() + "> kunne ikke afleveres til "
                    + "mailserveren: " + rootMessage(e), e);
        }
        try {
            mailLog.recordSent(order, mail);
        } catch (RuntimeException e) {
            // Nothing can make this safe: the job will retry and the recipient gets the mail twice.
            log.error("Mail {} was sent but could not be recorded; a retry will send it again", order.key(), e);
            throw e;
        }
        log.info("Sent mail {} ({}) to {}", order.key(), order.template(), order.recipient().userId());
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
        model.putIfAbsent("tasklistUrl", tasklistUrl);
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

    private MimeMessage compose(MailOrder order, RenderedMail mail, InternetAddress to) {
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
