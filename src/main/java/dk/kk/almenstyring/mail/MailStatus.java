package dk.kk.almenstyring.mail;

/** The outcome of the latest attempt to send a mail. */
public enum MailStatus {
    /** Accepted by the SMTP server; never sent again. */
    SENT,
    /** Not sent; the job that ordered it retries, and the next attempt may still succeed. */
    FAILED
}
