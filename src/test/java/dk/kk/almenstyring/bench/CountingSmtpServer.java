package dk.kk.almenstyring.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The bench's SMTP peer: takes every mail and appends "epoch-millis Message-ID" to a file, one line per mail
 * received (so a duplicate shows as the same Message-ID twice). While the file {@code <out>.refuse} exists it
 * answers every new connection with 421 and hangs up: the mail server refusing.
 *
 * <p>Usage: {@code CountingSmtpServer <port> <out-file>}
 */
public final class CountingSmtpServer {

    private CountingSmtpServer() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path refuse = Path.of(args[1] + ".refuse");
        Writer received = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        try (ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress())) {
            System.out.println("counting SMTP listening on " + port);
            while (true) {
                Socket socket = server.accept();
                boolean refusing = Files.exists(refuse);
                Thread thread = new Thread(() -> session(socket, received, refusing));
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    private static void session(Socket socket, Writer received, boolean refusing) {
        try (socket) {
            socket.setTcpNoDelay(true);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream raw = socket.getOutputStream();
            PrintWriter out = new PrintWriter(raw, false, StandardCharsets.UTF_8);
            if (refusing) {
                reply(out, "421 4.3.2 bench: not accepting mail now");
                return;
            }
            reply(out, "220 bench ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-bench\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String messageId = "-";
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            if (messageId.equals("-") && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                messageId = data.substring(11).trim();
                            }
                        }
                        synchronized (received) {
                            received.write(System.currentTimeMillis() + " " + messageId + "\n");
                            received.flush();
                        }
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }
}
