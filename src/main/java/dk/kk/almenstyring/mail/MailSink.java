package dk.kk.almenstyring.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo profile's SMTP server: an embedded GreenMail on 127.0.0.1:{@code spring.mail.port} that keeps
 * every mail instead of delivering it, so the demo can show what members would receive ({@code /mail}).
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

    private final GreenMail greenMail;
    private final int port;

    public MailSink(@Value("${spring.mail.port}") int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, BIND_ADDRESS, ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void afterPropertiesSet() {
        greenMail.start();
        log.info("Demo mail sink listening on {}:{}; received mails are shown at /mail", BIND_ADDRESS, port);
    }

    @Override
    public void destroy() {
        greenMail.stop();
        log.info("Demo mail sink on port {} stopped", port);
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return greenMail.isRunning();
    }

    /** Every mail received since start, newest first. */
    public List<ReceivedMail> received() {
        List<ReceivedMail> mails = new ArrayList<>(Arrays.stream(greenMail.getReceivedMessages())
                .map(ReceivedMail::of).toList());
        Collections.reverse(mails);
        return mails;
    }
}
