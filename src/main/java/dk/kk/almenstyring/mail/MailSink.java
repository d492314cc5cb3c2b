package dk.kk.almenstyring.mail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo profile's SMTP server: an embedded GreenMail on 127.0.0.1:{@code spring.mail.port} that keeps the
 * latest mails instead of delivering them, so the demo can show what members would receive ({@code /mail}).
 *
 * <p>Each mail is read once, when it arrives, and only the newest {@code almen.mail-sink.keep} are kept: a demo that
 * runs for weeks neither grows without bound nor parses thousands of mails per page view.
 *
 * <p>It starts when the bean is created rather than as a {@code SmartLifecycle}, which would start only after
 * every singleton (the process engine included) exists; {@link MailService} asks for it when it is created,
 * so the port is open before any mail can go out.
 */
@Component
@ConditionalOnProperty(prefix = "almen.mail-sink", name = "enabled", havingValue = "true")
public class MailSink implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailSink.class);
    static final String BIND_ADDRESS = "127.0.0.1";

    private final DemoSmtpServer server;
    private final int port;
    private final int keep;
    /** Newest first. */
    private final Deque<ReceivedMail> kept = new ArrayDeque<>();
    private long total;

    /** One page of the kept mails, newest first; {@code total} counts every mail since start, kept or not. */
    public record Page(List<ReceivedMail> mails, int page, int size, int kept, long total) {
    }

    public MailSink(@Value("${spring.mail.port}") int port, @Value("${almen.mail-sink.keep:500}") int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("almen.mail-sink.keep must be at least 1, was " + keep);
        }
        this.port = port;
        this.keep = keep;
        this.server = new DemoSmtpServer(new ServerSetup(port, BIND_ADDRESS, ServerSetup.PROTOCOL_SMTP), this::receive);
    }

    @Override
    public void afterPropertiesSet() {
        server.start();
        log.info("Demo mail sink listening on {}:{}; the latest {} mails are shown at /mail", BIND_ADDRESS, port, keep);
    }

    @Override
    public void destroy() {
        server.stop();
        log.info("Demo mail sink on port {} stopped", port);
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    private void receive(MimeMessage message) {
        ReceivedMail mail = ReceivedMail.of(message);
        synchronized (kept) {
            kept.addFirst(mail);
            total++;
            while (kept.size() > keep) {
                kept.removeLast();
            }
        }
    }

    /** Every kept mail, newest first. */
    public List<ReceivedMail> received() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    /**
     * @param page 0 for the newest mails
     * @param size mails per page, at least 1
     */
    public Page page(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
        }
        synchronized (kept) {
            List<ReceivedMail> mails = new ArrayList<>(Math.min(size, kept.size()));
            long skip = (long) page * size;
            Iterator<ReceivedMail> newestFirst = kept.iterator();
            for (long i = 0; i < skip && newestFirst.hasNext(); i++) {
                newestFirst.next();
            }
            while (mails.size() < size && newestFirst.hasNext()) {
                mails.add(newestFirst.next());
            }
            return new Page(List.copyOf(mails), page, size, kept.size(), total);
        }
    }
}
