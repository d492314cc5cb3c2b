package dk.kk.almenstyring.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for the e-mail address of a user record. Every mail of the product (agendas, minutes, reminders) goes to
 * these addresses, so a typo must be caught where the address is typed, not when a mail bounces weeks later.
 * No address at all is allowed: such a user simply receives no mail.
 */
public final class EmailAddresses {

    /** RFC 5321's limit for a whole address. */
    static final int MAX_LENGTH = 254;

    // Plain ASCII addr-spec: the mail relay and Jakarta Mail (without SMTPUTF8) can deliver nothing else.
    // The domain needs a dot and a top-level domain of letters, which catches the usual typos ("jens@kk",
    // "jens@kk,dk", "jens@kk..dk") that a strictly RFC-valid check would let through.
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    /** Why the address is refused, in Danish for the person who typed it; empty if it is acceptable. */
    public static Optional<String> problemWith(String address) {
        if (address == null || address.isEmpty()) {
            return Optional.empty();
        }
        if (address.length() > MAX_LENGTH) {
            return Optional.of("E-mailadressen er for lang (højst " + MAX_LENGTH + " tegn).");
        }
        if (!ADDRESS.matcher(address).matches()) {
            return Optional.of("E-mailadressen '" + address + "' er ugyldig. Skriv den som navn@domæne.dk"
                    + " uden mellemrum og uden æ, ø og å.");
        }
        return Optional.empty();
    }

    public static boolean isValid(String address) {
        return problemWith(address).isEmpty();
    }
}
