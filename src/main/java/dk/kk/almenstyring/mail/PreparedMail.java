package dk.kk.almenstyring.mail;

import jakarta.mail.internet.MimeMessage;

/** A mail ready for the SMTP server: the order, its rendered text, the message and its stable Message-ID. */
record PreparedMail(MailOrder order, MailTemplates.RenderedMail rendered, MimeMessage message, String messageId) {

    String key() {
        return order.key();
    }

    /** "brugerid <adresse>", as the log names a recipient. */
    String recipient() {
        return order.recipient().userId() + " <" + order.recipient().email() + ">";
    }
}
