package dk.kk.almenstyring;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' SMTP server. Maven reserves a free port per build ({@code build-helper:reserve-network-port}) and
 * hands it to the test JVM as {@code spring.mail.port}, so the application and GreenMail meet on it and two builds
 * on one machine never collide. Run from an IDE without that property, the port is 3025.
 */
public final class TestSmtp {

    public static final int PORT = Integer.getInteger("spring.mail.port", 3025);

    public static final ServerSetup SETUP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }
}
