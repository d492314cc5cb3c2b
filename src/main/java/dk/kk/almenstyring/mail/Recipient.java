package dk.kk.almenstyring.mail;

/** Someone a mail goes to, taken from their user record. */
public record Recipient(String userId, String name, String email) {
}
