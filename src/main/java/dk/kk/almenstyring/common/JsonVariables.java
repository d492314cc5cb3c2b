package dk.kk.almenstyring.common;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Lists of objects as process variables. Camunda Forms (dynamic lists, checklists) read and write them as
 * JSON variables; the REST API and tests may hand them over as JSON strings or Java lists.
 */
public final class JsonVariables {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonVariables() {
    }

    public static JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON", e);
        }
    }

    /** A list of objects, whatever form it arrived in; null or absent gives an empty list. */
    public static List<Map<String, Object>> objects(Object raw) {
        return read(raw, new TypeReference<>() { });
    }

    /** A list of strings (e.g. a checklist's selected values). */
    public static List<String> strings(Object raw) {
        return read(raw, new TypeReference<>() { });
    }

    private static <T> List<T> read(Object raw, TypeReference<List<T>> type) {
        Object value = raw instanceof TypedValue typed ? typed.getValue() : raw;
        if (value == null) {
            return List.of();
        }
        try {
            if (value instanceof String text) {
                return text.isBlank() ? List.of() : MAPPER.readValue(text, type);
            }
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                return MAPPER.convertValue(value, type);
            }
            // SpinJsonNode and anything else that prints as JSON
            return MAPPER.readValue(value.toString(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new org.camunda.bpm.engine.BadUserRequestException("Ugyldig liste: " + e.getMessage(), e);
        }
    }
}
