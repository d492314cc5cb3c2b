package dk.kk.almenstyring.mail;

import jakarta.mail.internet.InternetAddress;

/** Someone a mail goes to, taken from their user record. */
public record Recipient(String userId, String name, String email) {

    /**
     * The secretariat as the organizer of the meetings it calls, read from the product's sender address
     * ({@code almen.mail.from}, e.g. "Sekretariatet <sekretariat@kk.dk>"): its display name, or the address itself.
     */
    public static Recipient secretariat(String from) {
        // read as the sender is, so that a display name with a comma ("TMF, sekretariatet <…>") is taken as well
        InternetAddress address = MailService.fromAddress(from);
        return new Recipient("sekretariat", address.getPersonal() == null ? address.getAddress() : address.getPersonal(),
                address.getAddress());
    }
}
