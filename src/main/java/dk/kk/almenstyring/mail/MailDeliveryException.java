package dk.kk.almenstyring.mail;

/**
 * The SMTP server did not take a mail. Thrown out of the job that ordered it, so that Camunda retries the job
 * and, when the retries are used up, shows an incident in Cockpit with this message.
 */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
