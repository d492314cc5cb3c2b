package dk.kk.almenstyring.mail;

import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.function.Consumer;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail's SMTP server, changed in two ways for the demo sink:
 * <ul>
 * <li>A received mail is handed to a consumer (the sink's bounded list) instead of being stored in a mailbox per
 * recipient, where GreenMail would keep every mail for as long as the application runs.</li>
 * <li>Replies are written with TCP_NODELAY. GreenMail writes the multi-line EHLO reply line by line; with Nagle's
 * algorithm the second line waits for the client's delayed ACK, which cost ~44 ms per SMTP session.</li>
 * </ul>
 */
final class DemoSmtpServer extends GreenMail {

    private final Consumer<MimeMessage> received;

    DemoSmtpServer(ServerSetup setup, Consumer<MimeMessage> received) {
        super(setup);
        this.received = received;
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        if (config.length != 1 || !ServerSetup.PROTOCOL_SMTP.equals(config[0].getProtocol())) {
            throw new IllegalArgumentException("the demo sink runs SMTP only");
        }
        SmtpManager delivery = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public void send(SmtpState state) {
                received.accept(state.getMessage().getMessage());
            }
        };
        return Map.of(ServerSetup.PROTOCOL_SMTP, new SmtpServer(config[0], managers) {
            @Override
            protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
                return new SmtpHandler(new SmtpCommandRegistry(), delivery, clientSocket);
            }

            @Override
            protected void handleClientSocket(Socket clientSocket) throws SocketException {
                clientSocket.setTcpNoDelay(true);
                super.handleClientSocket(clientSocket);
            }
        });
    }
}
