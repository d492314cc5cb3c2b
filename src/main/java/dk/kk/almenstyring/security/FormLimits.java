package dk.kk.almenstyring.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.almenstyring.security.FormFields.MaxLength;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The form's own length limits ({@code validate.maxLength}), checked on the server: form-js checks them only in the
 * browser, and a value longer than its database column otherwise fails deep in a delegate as a 500 with nothing said.
 * Values inside a dynamic list (a JSON variable) are checked item by item.
 */
final class FormLimits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormLimits() {
    }

    static void check(FormFields fields, Map<String, Object> values) {
        // a number where the form has a text field otherwise fails in the delegate that reads it, as a 500
        fields.texts().forEach((key, label) -> {
            Object value = values.containsKey(key) ? plain(values.get(key)) : null;
            if (value != null && !(value instanceof String)) {
                throw new BadUserRequestException("Feltet '" + label + "' skal udfyldes med tekst.");
            }
        });
        fields.maxLengths().forEach((path, limit) -> {
            String[] steps = path.split("\\.");
            String variable = steps[0].replace("[]", "");
            if (!values.containsKey(variable)) {
                return;
            }
            Object value = plain(values.get(variable));
            if (steps.length == 1) {
                refuseIfTooLong(value instanceof String text ? text : null, limit);
                return;
            }
            for (JsonNode leaf : leaves(json(value), steps)) {
                refuseIfTooLong(leaf.isTextual() ? leaf.asText() : null, limit);
            }
        });
    }

    /** The labels of the fields the form requires that are not in the values at all. */
    static List<String> missing(FormFields fields, Map<String, Object> values) {
        List<String> missing = new ArrayList<>();
        fields.required().forEach((key, label) -> {
            if (!values.containsKey(key)) {
                missing.add(label);
            }
        });
        return missing;
    }

    /** A submitted or stored value without its type wrapper; a JSON value as its text. */
    static Object plain(Object value) {
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        if (value instanceof TypedValue typed) {
            Object inner = typed.getValue();
            return inner == null || inner instanceof String || inner instanceof Number || inner instanceof Boolean
                    || inner instanceof Collection<?> || inner instanceof Map<?, ?> ? inner : inner.toString();
        }
        return value;
    }

    private static void refuseIfTooLong(String text, MaxLength limit) {
        if (text != null && text.length() > limit.max()) {
            throw new BadUserRequestException("Feltet '" + limit.label() + "' er for langt: højst " + limit.max()
                    + " tegn (der er " + text.length() + ").");
        }
    }

    /** A list or object value as JSON; null when it is none (not ours to judge). */
    static JsonNode json(Object value) {
        if (value instanceof String text) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException notJson) {
                return null; // not ours to judge: the delegate that reads it refuses it
            }
        }
        return value == null ? null : JSON.valueToTree(value);
    }

    /** The nodes at the path's steps after the variable: {@code decisions[]} then {@code decision}. */
    private static List<JsonNode> leaves(JsonNode root, String[] steps) {
        List<JsonNode> current = new ArrayList<>();
        if (root == null) {
            return current;
        }
        current.add(root);
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean list = step.endsWith("[]");
            String field = step.replace("[]", "");
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                JsonNode here = i == 0 ? node : node.path(field);
                if (list && here.isArray()) {
                    here.forEach(next::add);
                } else if (!list && !here.isMissingNode()) {
                    next.add(here);
                }
            }
            current = next;
        }
        return current;
    }
}
