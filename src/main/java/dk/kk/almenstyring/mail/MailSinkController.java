package dk.kk.almenstyring.mail;

import java.util.List;

import dk.kk.almenstyring.common.DanishText;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** What the demo mail sink received: as JSON for tools and tests, and as a page for people. */
@RestController
@ConditionalOnProperty(prefix = "almen.mail-sink", name = "enabled", havingValue = "true")
public class MailSinkController {

    private final MailSink sink;

    public MailSinkController(MailSink sink) {
        this.sink = sink;
    }

    /** Newest first. */
    @GetMapping(path = "/api/mail", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ReceivedMail> mails() {
        return sink.received();
    }

    @GetMapping(path = "/mail", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public String page() {
        List<ReceivedMail> mails = sink.received();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="da">
                <head>
                <meta charset="UTF-8">
                <title>Sendte mails (demo)</title>
                <style>
                body { font-family: sans-serif; margin: 2em; max-width: 60em; }
                article { border-top: 1px solid #ccc; padding: 1em 0; }
                .meta { color: #555; }
                pre { white-space: pre-wrap; background: #f6f6f6; padding: 1em; }
                </style>
                </head>
                <body>
                <h1>Sendte mails (demo)</h1>
                """);
        html.append("<p>Demo-mailserveren har modtaget ").append(mails.size())
                .append(mails.size() == 1 ? " mail" : " mails")
                .append(". De sendes ikke videre til modtagerne. Nyeste står øverst.</p>\n");
        for (ReceivedMail mail : mails) {
            html.append("<article>\n<h2>").append(escape(mail.subject())).append("</h2>\n<p class=\"meta\">Til: ")
                    .append(escape(String.join(", ", mail.to())));
            if (mail.sentDate() != null) {
                html.append(" · Sendt: ").append(escape(DanishText.dateTime(mail.sentDate())));
            }
            if (!mail.attachments().isEmpty()) {
                html.append(" · Vedhæftet: ").append(escape(String.join(", ", mail.attachments())));
            }
            html.append("</p>\n<pre>").append(escape(mail.text())).append("</pre>\n</article>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
