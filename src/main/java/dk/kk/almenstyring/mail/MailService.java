package dk.kk.almenstyring.mail;

import org.springframework.stereotype.Service;

/** Sends one mail per order, renders its Danish template, records it, and never sends a key twice. */
@Service
public class MailService {

    public void send(MailOrder order) {
        throw new UnsupportedOperationException("being built by the mail package");
    }
}
