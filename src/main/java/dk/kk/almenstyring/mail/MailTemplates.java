package dk.kk.almenstyring.mail;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the Danish templates under {@code mail/} (format: see the package documentation).
 *
 * <p>jmustache is used with its defaults for missing values, so {@code {{name}}} with no value (or null) fails
 * instead of rendering blank; the declared keys of {@link MailTemplate} are checked first so that a missing
 * flag or list (which a section would silently read as false) fails too, with every missing key named.
 */
@Component
public class MailTemplates {

    static final String SUBJECT_PREFIX = "Emne:";
    private static final String LOCATION = "mail/";
    private static final String PARTIALS = LOCATION + "partials/";

    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(false)
            .emptyStringIsFalse(true)
            .withLoader(name -> reader(PARTIALS + name + ".mustache"));

    private final Map<MailTemplate, Compiled> compiled = new ConcurrentHashMap<>();

    /** The subject (one line) and plain-text body of a mail. */
    public record RenderedMail(String subject, String body) {
    }

    private record Compiled(Template subject, Template body) {
    }

    /**
     * @throws IllegalArgumentException when the template is unknown or a required value is missing or of the
     *                                  wrong kind; the message names the template and the keys
     */
    public RenderedMail render(String templateId, Map<String, ?> model) {
        MailTemplate template = MailTemplate.byId(templateId);
        Map<String, Object> values = new HashMap<>(model == null ? Map.of() : model);
        check(template, values);
        Compiled parts = compiled.computeIfAbsent(template, this::compile);
        try {
            String subject = parts.subject().execute(values).replaceAll("\\s+", " ").trim();
            String body = tidy(parts.body().execute(values));
            return new RenderedMail(subject, body);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("Mailskabelonen '" + templateId + "' kunne ikke udfyldes: "
                    + e.getMessage(), e);
        }
    }

    private static void check(MailTemplate template, Map<String, Object> values) {
        List<String> problems = new ArrayList<>();
        for (MailTemplate.ModelKey key : template.keys()) {
            Object value = values.get(key.name());
            switch (key.kind()) {
                case TEXT -> {
                    if (value == null || value.toString().isBlank()) {
                        problems.add(key.name());
                    }
                }
                case FLAG -> {
                    if (!(value instanceof Boolean)) {
                        problems.add(key.name() + " (sand/falsk)");
                    }
                }
                case LIST -> {
                    if (!(value instanceof Collection<?>)) {
                        problems.add(key.name() + " (liste)");
                    }
                }
                case OPTIONAL -> {
                    // absent, null and blank all mean "not there"; the template guards it with a section
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Mailskabelonen '" + template.id() + "' mangler værdier: "
                    + String.join(", ", problems));
        }
    }

    private Compiled compile(MailTemplate template) {
        String path = LOCATION + template.id() + ".mustache";
        String text = readAll(path).replace("\r\n", "\n");
        int endOfFirstLine = text.indexOf('\n');
        String firstLine = endOfFirstLine < 0 ? text : text.substring(0, endOfFirstLine);
        if (!firstLine.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException("mail template " + path + " must start with '" + SUBJECT_PREFIX + " '");
        }
        String body = endOfFirstLine < 0 ? "" : text.substring(endOfFirstLine + 1);
        return new Compiled(compiler.compile(firstLine.substring(SUBJECT_PREFIX.length()).trim()),
                compiler.compile(new StringReader(body)));
    }

    /** Leading blank lines go, runs of blank lines left by empty sections become one, and it ends in a newline. */
    private static String tidy(String body) {
        String tidied = body.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return tidied + "\n";
    }

    private static String readAll(String path) {
        try (Reader reader = reader(path)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read mail template " + path, e);
        }
    }

    private static Reader reader(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new IllegalStateException("mail template not found on the classpath: " + path);
        }
        try {
            return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read mail template " + path, e);
        }
    }
}
