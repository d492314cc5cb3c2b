package dk.kk.almenstyring.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Camunda's webapps in Danish: each app's {@code locales/da.json} (ours) against the {@code en.json} bundled in
 * Camunda's webjar, each app's {@code config.js} making Danish the only locale, and each app's
 * {@code user-styles.css} hiding the "Camunda 7 CE end of life" banner.
 *
 * <p>Our files live at the same classpath paths as the webjar's ({@code META-INF/resources/webjars/camunda/app/...})
 * and shadow them when served, so the webjar's copy is picked explicitly by the jar it comes from.
 */
class DanishWebappsTest {

    static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
    static final String WEBJAR = "camunda-webapp-webjar";

    /**
     * Words that read the same in Danish: product names, abbreviations, and the engine's variable type names, which
     * the webapps show as they are stored. A value made only of these (and placeholders) may stay as in English.
     */
    static final Set<String> SAME_IN_DANISH = Set.of("admin", "cockpit", "tasklist", "camunda", "optimize", "bpmn",
            "dmn", "cmmn", "id", "ok", "csv", "json", "xml", "status", "filter", "batch", "job", "type", "start",
            "operator", "version", "element", "minimum", "system", "diagram", "upload", "links", "weekend", "global",
            "null", "boolean", "double", "integer", "long", "short", "string", "bytes", "file", "object", "date");

    /** {{ name }}, %s, %d and HTML tags: what must survive translation. */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{.*?}}|%[sd]|</?(?:a|b|br|strong|em|i|span|div|p|code|pre|ul|ol|li)\\b[^>]*>");
    /** For the "still English" check a bare {@code <definition>} counts as a placeholder too. */
    static final Pattern PLACEHOLDER_OR_MARKER = Pattern.compile(PLACEHOLDER.pattern() + "|<[a-z]+>");
    static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> apps() {
        return Stream.of("tasklist", "cockpit", "admin", "welcome");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void danishLocaleTranslatesEveryEnglishText(String app) throws IOException {
        Map<String, String> english = flatten(JSON.readTree(webjarFile(app, "locales/en.json")));
        Map<String, String> danish = flatten(JSON.readTree(ourFile(app, "locales/da.json")));

        List<String> problems = new ArrayList<>();
        english.forEach((path, en) -> {
            String da = danish.get(path);
            if (da == null) {
                problems.add(path + ": missing");
            } else if (da.isBlank() && !en.isBlank()) {
                problems.add(path + ": empty");
            } else if (da.equals(en) && isEnglishText(en)) {
                problems.add(path + ": still English \"" + en + "\"");
            } else {
                List<String> lost = missingPlaceholders(en, da);
                if (!lost.isEmpty()) {
                    problems.add(path + ": lost " + lost);
                }
            }
        });
        assertThat(problems).as("%s: da.json against the webjar's en.json", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void configMakesDanishTheOnlyLocale(String app) throws IOException {
        String config = withoutComments(ourFile(app, "scripts/config.js"));

        Matcher locales = Pattern.compile("['\"]?locales['\"]?\\s*:\\s*\\{([^}]*)}").matcher(config);
        assertThat(locales.find()).as("%s: config.js sets locales", app).isTrue();
        List<String> settings = List.of(locales.group(1).replaceAll("[\\s'\"]", "").split(",(?![^\\[]*])"));
        assertThat(locales.find()).as("%s: config.js sets locales once", app).isFalse();

        assertThat(settings).as("%s: Danish the only and the fallback locale", app)
                .containsExactlyInAnyOrder("availableLocales:[da]", "fallbackLocale:da");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void userStylesHideTheEndOfLifeBanner(String app) throws IOException {
        assertThat(webjarFile(app, "camunda-" + app + "-bootstrap.js"))
                .as("%s: the banner still has this class in Camunda's template", app)
                .contains("class=\"ce-eol-banner\"");

        String css = withImports(APP_ROOT + app + "/styles/", withoutComments(ourFile(app, "styles/user-styles.css")));
        Matcher rule = Pattern.compile("([^{}]*)\\{([^}]*)}").matcher(css);
        boolean hidden = false;
        while (rule.find()) {
            boolean selectsBanner = Stream.of(rule.group(1).split(","))
                    .anyMatch(selector -> selector.trim().endsWith(".ce-eol-banner"));
            hidden |= selectsBanner && rule.group(2).replaceAll("\\s", "").contains("display:none");
        }
        assertThat(hidden).as("%s: user-styles.css hides .ce-eol-banner", app).isTrue();
    }

    /** English that a Danish reader would notice: words beyond those spelled the same in both languages. */
    static boolean isEnglishText(String en) {
        Matcher words = WORD.matcher(PLACEHOLDER_OR_MARKER.matcher(en).replaceAll(" "));
        boolean foreign = false;
        while (words.find()) {
            foreign |= !SAME_IN_DANISH.contains(words.group().toLowerCase(Locale.ROOT));
        }
        return foreign;
    }

    /** The placeholders of {@code en} that {@code da} has fewer of ({{ x }} compared without spaces). */
    static List<String> missingPlaceholders(String en, String da) {
        List<String> left = placeholders(da);
        List<String> lost = new ArrayList<>();
        for (String placeholder : placeholders(en)) {
            if (!left.remove(placeholder)) {
                lost.add(placeholder);
            }
        }
        return lost;
    }

    static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String placeholder = matcher.group();
            found.add(placeholder.startsWith("{{") ? placeholder.replaceAll("\\s", "") : placeholder);
        }
        return found;
    }

    /** Every string leaf by its path: {@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}. */
    static Map<String, String> flatten(JsonNode root) {
        Map<String, String> leaves = new LinkedHashMap<>();
        flatten(root, "", leaves);
        return leaves;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }

    /** The stylesheet with each {@code @import url("...")} of ours (relative to {@code folder}) put in its place. */
    static String withImports(String folder, String css) throws IOException {
        Matcher imports = Pattern.compile("@import\\s+url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)\\s*;").matcher(css);
        StringBuilder resolved = new StringBuilder();
        while (imports.find()) {
            String path = URI.create(folder).resolve(imports.group(1)).getPath();
            URL imported = DanishWebappsTest.class.getClassLoader().getResource(path);
            assertThat(imported).as("imported stylesheet %s", path).isNotNull();
            imports.appendReplacement(resolved, Matcher.quoteReplacement(withoutComments(read(imported))));
        }
        return imports.appendTail(resolved).toString();
    }

    static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    /** The file as Camunda's webjar ships it, even where ours shadows it. */
    static String webjarFile(String app, String file) throws IOException {
        List<URL> copies = copies(app, file).stream().filter(url -> url.toString().contains(WEBJAR)).toList();
        assertThat(copies).as("%s in %s", file, WEBJAR).hasSize(1);
        return read(copies.get(0));
    }

    /** Our file, the one the application serves in place of the webjar's. */
    static String ourFile(String app, String file) throws IOException {
        List<URL> copies = copies(app, file).stream().filter(url -> !url.toString().contains(WEBJAR)).toList();
        assertThat(copies).as("our %s/%s", app, file).hasSize(1);
        return read(copies.get(0));
    }

    private static List<URL> copies(String app, String file) throws IOException {
        return Collections.list(DanishWebappsTest.class.getClassLoader().getResources(APP_ROOT + app + "/" + file));
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
    }
}
