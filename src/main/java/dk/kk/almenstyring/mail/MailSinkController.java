package dk.kk.almenstyring.mail;

import java.util.List;

import dk.kk.almenstyring.common.DanishText;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/** What the demo mail sink received: as JSON for tools and tests, and as a page for people. */
@RestController
@ConditionalOnProperty(prefix = "almen.mail-sink", name = "enabled", havingValue = "true")
public class MailSinkController {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private final MailSink sink;

    public MailSinkController(MailSink sink) {
        this.sink = sink;
    }

    /** Newest first, one page (by default every kept mail); the header X-Total-Count counts the kept mails. */
    @GetMapping(path = "/api/mail", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<ReceivedMail>> mails(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + MAX_PAGE_SIZE) int size) {
        MailSink.Page mails = sink.page(checkedPage(page), checkedSize(size));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(mails.kept())).body(mails.mails());
    }

    @GetMapping(path = "/mail", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public String page(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size) {
        MailSink.Page shown = sink.page(checkedPage(page), checkedSize(size));
        List<ReceivedMail> mails = shown.mails();
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
        html.append("<p>Demo-mailserveren har modtaget ").append(shown.total())
                .append(shown.total() == 1 ? " mail" : " mails")
                .append(" og gemmer de seneste ").append(shown.kept())
                .append(". De sendes ikke videre til modtagerne. Nyeste står øverst.</p>\n");
        html.append(navigation(shown));
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
        return html.append(navigation(shown)).append("</body>\n</html>\n").toString();
    }

    /** "Nyere" and "Ældre" links, when there is something in that direction. */
    private static String navigation(MailSink.Page shown) {
        boolean newer = shown.page() > 0;
        boolean older = (long) (shown.page() + 1) * shown.size() < shown.kept();
        if (!newer && !older) {
            return "";
        }
        StringBuilder nav = new StringBuilder("<nav>");
        if (newer) {
            nav.append("<a href=\"?page=").append(shown.page() - 1).append("&amp;size=").append(shown.size())
                    .append("\">Nyere</a> ");
        }
        nav.append("Side ").append(shown.page() + 1);
        if (older) {
            nav.append(" <a href=\"?page=").append(shown.page() + 1).append("&amp;size=").append(shown.size())
                    .append("\">Ældre</a>");
        }
        return nav.append("</nav>\n").toString();
    }

    private static int checkedPage(int page) {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Siden skal være 0 eller mere");
        }
        return page;
    }

    private static int checkedSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Antal mails pr. side skal være mellem 1 og " + MAX_PAGE_SIZE);
        }
        return size;
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
