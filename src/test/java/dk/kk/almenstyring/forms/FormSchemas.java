package dk.kk.almenstyring.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the Camunda Forms in {@code forms/} and walks their components, as the form-js viewer does. */
final class FormSchemas {

    /** The top-level folder the forms live in (packaged as {@code classpath:forms/}). */
    static final Path FORMS_DIR = Path.of("forms");
    /** The BPMN models that reference the forms. */
    static final Path PROCESSES_DIR = Path.of("processes");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** {@code {{forumName}}} and {@code {{#if meetingLocation}}} in text views (form-js templating, "feelers"). */
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\{\\s*(?:#if\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private FormSchemas() {
    }

    /** Every form file, by its file name without {@code .form}, in file-name order. */
    static Map<String, Path> files() {
        try (Stream<Path> files = Files.list(FORMS_DIR)) {
            Map<String, Path> byStem = new LinkedHashMap<>();
            files.filter(p -> p.getFileName().toString().endsWith(".form")).sorted()
                    .forEach(p -> byStem.put(stem(p), p));
            return byStem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".form".length());
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Every component of a form, depth first, with the data path of its value: {@code meetingDate} at top level,
     * {@code agendaItems[].title} inside the dynamic list bound to {@code agendaItems}.
     */
    static List<Component> components(JsonNode form) {
        List<Component> all = new ArrayList<>();
        collect(form.path("components"), "", all);
        return all;
    }

    private static void collect(JsonNode components, String prefix, List<Component> all) {
        for (JsonNode node : components) {
            Component component = new Component(node, prefix);
            all.add(component);
            if (node.has("components")) {
                String childPrefix = prefix;
                if (node.hasNonNull("path")) {
                    childPrefix = prefix + node.get("path").asText() + ("dynamiclist".equals(component.type()) ? "[]." : ".");
                }
                collect(node.get("components"), childPrefix, all);
            }
        }
    }

    /** The variables a text view shows through templating. */
    static List<String> templateVariables(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = TEMPLATE_VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** One form-js component and where its value lives in the submitted data. */
    record Component(JsonNode node, String prefix) {

        String id() {
            return node.path("id").asText(null);
        }

        String type() {
            return node.path("type").asText();
        }

        String key() {
            return node.path("key").asText(null);
        }

        /** The data path of a keyed component, e.g. {@code decisions[].decision}; null for unkeyed components. */
        String path() {
            return key() == null ? null : prefix + key();
        }

        boolean readonly() {
            return node.path("readonly").asBoolean(false);
        }

        boolean disabled() {
            return node.path("disabled").asBoolean(false);
        }

        boolean required() {
            return node.path("validate").path("required").asBoolean(false);
        }

        /** A hidden expression field that hands a value of the prefilled data back unchanged. */
        boolean passThrough() {
            return "expression".equals(type());
        }

        /** The person can change the value: it is a form input in the process's sense. */
        boolean editable() {
            return key() != null && !readonly() && !disabled() && !passThrough();
        }

        /** Submitted unchanged: a read-only field or a pass-through (form-js submits every keyed, enabled field). */
        boolean echoed() {
            return key() != null && !disabled() && (readonly() || passThrough());
        }
    }
}
