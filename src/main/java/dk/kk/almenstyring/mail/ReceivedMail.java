package dk.kk.almenstyring.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail as its recipient sees it: the plain-text body and the names of the attached files.
 *
 * @param to          the recipients as written in the To header ("Navn <adresse>")
 * @param sentDate    the Date header, or null
 * @param attachments file names of the attachments, e.g. {@code invite.ics}
 */
public record ReceivedMail(List<String> to, String from, String subject, Instant sentDate, String text,
        List<String> attachments) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            List<String> attachments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            collect(message, text, attachments);
            return new ReceivedMail(addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                    addresses(message.getFrom()).stream().findFirst().orElse(null), message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), text.toString(),
                    List.copyOf(attachments));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    /** The first plain-text part that is not an attachment is the text; every part with a file name is a file. */
    private static void collect(Part part, StringBuilder text, List<String> attachments)
            throws MessagingException, IOException {
        if (part.getFileName() != null) {
            attachments.add(part.getFileName());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, attachments);
            }
        } else if (part.isMimeType("text/plain") && text.isEmpty()) {
            Object content = part.getContent();
            if (content instanceof String string) {
                text.append(string);
            } else if (content instanceof InputStream stream) {
                text.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
                .toList();
    }
}
