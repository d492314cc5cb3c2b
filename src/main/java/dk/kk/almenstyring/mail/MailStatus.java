package dk.kk.almenstyring.mail;

/** Where a mail stands in {@code mail_log}. */
public enum MailStatus {
    /**
     * Claimed by an attempt that is about to hand it to the SMTP server. Written and committed before the server is
     * contacted, so that an attempt that never gets to record the outcome (a crash, a database outage) leaves a trace.
     */
    SENDING,
    /** Accepted by the SMTP server; never sent again. */
    SENT,
    /** Certainly not accepted (no connection, or the server said no); the job that ordered it retries. */
    FAILED,
    /**
     * "Sendt muligvis": an attempt claimed it and never recorded the outcome, or the connection broke while the
     * server was taking it. It is never sent again by itself; the operator checks the Message-ID with the mail
     * server (docs/operations.md).
     */
    UNKNOWN
}
