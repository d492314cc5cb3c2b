package dk.kk.almenstyring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' SMTP server. Maven reserves a free port per build ({@code build-helper:reserve-network-port}) and hands
 * it to the test JVM as {@code spring.mail.port}; run without it (from an IDE), a free port is taken here and set as
 * that property before any Spring context starts. Either way the application and GreenMail meet on it, and two builds
 * on one machine never collide.
 */
public final class TestSmtp {

    public static final int PORT = port();

    public static final ServerSetup SETUP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {
    }

    private static int port() {
        Integer reserved = Integer.getInteger("spring.mail.port");
        if (reserved != null) {
            return reserved;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty("spring.mail.port", String.valueOf(socket.getLocalPort()));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
