package dk.kk.almenstyring.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** Variable name → whether the person may change it (false: shown read-only). */
    private final Map<String, Boolean> writable;

    private FormFields(Map<String, Boolean> writable) {
        this.writable = Collections.unmodifiableMap(writable);
    }

    public static FormFields parse(InputStream formJson) throws IOException {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        collect(JSON.readTree(formJson).path("components"), false, fields);
        return new FormFields(fields);
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
