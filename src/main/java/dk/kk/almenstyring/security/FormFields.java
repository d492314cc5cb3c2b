package dk.kk.almenstyring.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process variables a Camunda Form writes when it is submitted: the top-level name of every keyed input, and of
 * every dynamic list or group bound to a {@code path} (its children's values live inside that variable). Read from the
 * deployed form JSON, the same way form-js builds its submit data, so any future form is covered without code.
 *
 * <p>A field that is read-only or disabled is shown, not written: form-js submits a read-only value unchanged, so such
 * a field may be sent back only with the value the process already holds.
 */
public final class FormFields {

    /** A form that declares nothing: nothing may be written through it. */
    public static final FormFields NONE = new FormFields(Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    /** form-js submits these as text (a select's and a radio group's values are texts in every form of ours). */
    private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea", "select", "radio");

    /** Variable name → whether the person may change it (false: shown read-only). */
    private final Map<String, Boolean> writable;
    /** The form's own length limits, by data path ({@code meetingLocation}, {@code decisions[].decision}). */
    private final Map<String, MaxLength> maxLengths;

    /** A text field's limit, with the label the person saw. */
    public record MaxLength(String label, int max) {
    }

    /** Top-level fields the form always requires (not shown conditionally), by key, with their labels. */
    private final Map<String, String> required;

    /** Top-level fields whose value is a text (text fields, text areas, selects, radio buttons), by key, with labels. */
    private final Map<String, String> texts;

    /**
     * A dynamic list's items: the keys a person fills in, and the keys the process fills in and shows (read-only
     * fields, and expression fields that carry an item's id such as {@code proposalId} or {@code itemId}).
     */
    public record DynamicList(String label, Set<String> writableKeys, Set<String> processKeys) {
    }

    /** The form's dynamic lists, by the variable they are stored in. */
    private final Map<String, DynamicList> lists;

    private FormFields(Map<String, Boolean> writable, Map<String, MaxLength> maxLengths, Map<String, String> required,
            Map<String, String> texts, Map<String, DynamicList> lists) {
        this.writable = Collections.unmodifiableMap(writable);
        this.maxLengths = Collections.unmodifiableMap(maxLengths);
        this.required = Collections.unmodifiableMap(required);
        this.texts = Collections.unmodifiableMap(texts);
        this.lists = Collections.unmodifiableMap(lists);
    }

    private FormFields(Map<String, Boolean> writable) {
        this(writable, Map.of(), Map.of(), Map.of(), Map.of());
    }

    public static FormFields parse(InputStream formJson) throws IOException {
        JsonNode components = JSON.readTree(formJson).path("components");
        Map<String, Boolean> fields = new LinkedHashMap<>();
        collect(components, false, fields);
        Map<String, MaxLength> maxLengths = new LinkedHashMap<>();
        collectMaxLengths(components, "", maxLengths);
        Map<String, String> required = new LinkedHashMap<>();
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            if (!key.isEmpty() && component.path("validate").path("required").asBoolean(false)
                    && !component.has("conditional") && !component.path("readonly").asBoolean(false)) {
                required.put(key, component.path("label").asText(key));
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        collectTexts(components, texts);
        Map<String, DynamicList> lists = new LinkedHashMap<>();
        collectLists(components, lists);
        return new FormFields(fields, maxLengths, required, texts, lists);
    }

    private static void collectLists(JsonNode components, Map<String, DynamicList> lists) {
        for (JsonNode component : components) {
            String path = component.path("path").asText("");
            if ("dynamiclist".equals(component.path("type").asText()) && !path.isEmpty() && !path.contains(".")) {
                Set<String> writableKeys = new LinkedHashSet<>();
                Set<String> processKeys = new LinkedHashSet<>();
                collectItemKeys(component.path("components"), writableKeys, processKeys);
                lists.put(path, new DynamicList(component.path("label").asText(path), writableKeys, processKeys));
            } else if (component.has("components") && path.isEmpty()) {
                collectLists(component.get("components"), lists);
            }
        }
    }

    private static void collectItemKeys(JsonNode components, Set<String> writableKeys, Set<String> processKeys) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            if (!key.isEmpty()) {
                boolean shown = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)
                        || "expression".equals(component.path("type").asText());
                (shown ? processKeys : writableKeys).add(key);
            }
            if (component.has("components") && component.path("path").asText("").isEmpty()) {
                collectItemKeys(component.get("components"), writableKeys, processKeys);
            }
        }
    }

    /** The form's dynamic lists, by the variable each is stored in. */
    public Map<String, DynamicList> lists() {
        return lists;
    }

    private static void collectTexts(JsonNode components, Map<String, String> texts) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            if (!key.isEmpty() && !key.contains(".") && TEXT_TYPES.contains(component.path("type").asText())) {
                texts.put(key, component.path("label").asText(key));
            }
            if (component.has("components") && component.path("path").asText("").isEmpty()) {
                collectTexts(component.get("components"), texts);
            }
        }
    }

    /** Top-level fields whose value is a text, by key, with the label the person saw. */
    public Map<String, String> texts() {
        return texts;
    }

    /** Top-level fields that must be filled in (key → label); a conditionally shown field is never among them. */
    public Map<String, String> required() {
        return required;
    }

    private static void collectMaxLengths(JsonNode components, String prefix, Map<String, MaxLength> maxLengths) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            JsonNode max = component.path("validate").path("maxLength");
            if (!key.isEmpty() && max.canConvertToInt() && max.asInt() > 0) {
                maxLengths.put(prefix + key, new MaxLength(component.path("label").asText(key), max.asInt()));
            }
            if (component.has("components")) {
                String path = component.path("path").asText("");
                String inner = path.isEmpty() ? prefix
                        : prefix + path + ("dynamiclist".equals(component.path("type").asText()) ? "[]." : ".");
                collectMaxLengths(component.get("components"), inner, maxLengths);
            }
        }
    }

    /** The form's length limits by data path: {@code meetingLocation}, or {@code decisions[].decision} inside a list. */
    public Map<String, MaxLength> maxLengths() {
        return maxLengths;
    }

    /** Fields by name, e.g. of a generated form ({@code camunda:formData}); all writable. */
    public static FormFields of(Set<String> names) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        names.forEach(name -> fields.put(name, true));
        return new FormFields(fields);
    }

    private static void collect(JsonNode components, boolean readonlyContainer, Map<String, Boolean> fields) {
        for (JsonNode component : components) {
            boolean readonly = readonlyContainer || component.path("readonly").asBoolean(false)
                    || component.path("disabled").asBoolean(false);
            String key = component.path("key").asText("");
            String path = component.path("path").asText("");
            if (!key.isEmpty()) {
                add(fields, key, readonly);
            }
            if (component.has("components")) {
                if (!path.isEmpty()) {
                    // children are stored inside the variable named by the container's path
                    add(fields, path, readonly);
                } else {
                    collect(component.get("components"), readonly, fields);
                }
            } else if (!path.isEmpty()) {
                add(fields, path, readonly);
            }
        }
    }

    /** form-js reads a dotted key or path as nested data: {@code address.street} lives in the variable {@code address}. */
    private static void add(Map<String, Boolean> fields, String dataPath, boolean readonly) {
        String variable = dataPath.split("\\.", 2)[0];
        fields.merge(variable, !readonly, Boolean::logicalOr);
    }

    public boolean declares(String variable) {
        return writable.containsKey(variable);
    }

    public boolean isWritable(String variable) {
        return Boolean.TRUE.equals(writable.get(variable));
    }

    public Set<String> names() {
        return writable.keySet();
    }
}
