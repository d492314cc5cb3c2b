package dk.kk.almenstyring.forvaltning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The option lists of the Camunda Forms that offer forvaltninger or themes, and what the vocabulary ({@link Forvaltning},
 * {@link Theme}) says they must offer. Used by {@link SyncVocabulary} to write the lists and by VocabularyTest to hold
 * the forms to the vocabulary.
 */
final class FormVocabulary {

    /** The two vocabularies a form may offer, each as value → label in the order people see them. */
    enum Vocabulary {
        FORVALTNINGER(options(Forvaltning.values(), Forvaltning::code, Forvaltning::danishName),
                Pattern.compile("(?i)forvaltning|responsible")),
        THEMES(options(Theme.values(), Theme::value, Theme::label), Pattern.compile("(?i)theme"));

        final Map<String, String> options;
        /** A list bound to a key like this offers the vocabulary whatever its values say now. */
        private final Pattern key;

        Vocabulary(Map<String, String> options, Pattern key) {
            this.options = options;
            this.key = key;
        }

        /**
         * Whether a component offers this vocabulary: a list (static {@code values}) whose key names it, or whose
         * values are mostly its values. A list of decisions that happens to hold "andet" is not a list of themes.
         */
        boolean offeredBy(JsonNode component) {
            JsonNode values = component.path("values");
            if (!values.isArray() || values.isEmpty()) {
                return false;
            }
            if (key.matcher(component.path("key").asText("")).find()) {
                return true;
            }
            int known = 0;
            for (JsonNode option : values) {
                known += options.containsKey(option.path("value").asText()) ? 1 : 0;
            }
            return known * 2 >= values.size();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormVocabulary() {
    }

    static Optional<Vocabulary> offeredBy(JsonNode component) {
        return Arrays.stream(Vocabulary.values()).filter(v -> v.offeredBy(component)).findFirst();
    }

    /** A list's options as value → label, in the form's order. */
    static Map<String, String> options(JsonNode component) {
        Map<String, String> options = new LinkedHashMap<>();
        component.path("values").forEach(o -> options.put(o.path("value").asText(), o.path("label").asText()));
        return options;
    }

    /** A list in a form that offers a vocabulary. */
    record VocabularyList(JsonNode component, Vocabulary vocabulary) {
        String key() {
            return component.path("key").asText();
        }
    }

    /** Every component of the form (at any depth) that offers a vocabulary. */
    static List<VocabularyList> listsOf(JsonNode form) {
        List<VocabularyList> lists = new ArrayList<>();
        for (JsonNode holder : valuesHolders(form)) {
            offeredBy(holder).ifPresent(v -> lists.add(new VocabularyList(holder, v)));
        }
        return lists;
    }

    /**
     * The form's text with the {@code values} array of every list that offers a vocabulary written from it; every
     * other character of the file is kept, so a diff shows only the options that changed.
     */
    static String synced(String formText) {
        List<JsonNode> holders = valuesHolders(read(formText));
        List<int[]> arrays = valuesArrays(formText);
        if (holders.size() != arrays.size()) {
            throw new IllegalStateException("values arrays found " + arrays.size() + " times in the text, " + holders.size()
                    + " times in the form");
        }
        StringBuilder text = new StringBuilder(formText);
        for (int i = holders.size() - 1; i >= 0; i--) {
            Optional<Vocabulary> vocabulary = offeredBy(holders.get(i));
            if (vocabulary.isPresent()) {
                int[] range = arrays.get(i);
                text.replace(range[0], range[1], render(vocabulary.get().options, indentOfLineAt(formText, range[0])));
            }
        }
        return text.toString();
    }

    static JsonNode read(String formText) {
        try {
            return MAPPER.readTree(formText);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects holding a {@code values} array, in the order their arrays appear in the file. */
    private static List<JsonNode> valuesHolders(JsonNode node) {
        List<JsonNode> holders = new ArrayList<>();
        collect(node, holders);
        return holders;
    }

    private static void collect(JsonNode node, List<JsonNode> holders) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ("values".equals(field.getKey()) && field.getValue().isArray()) {
                    holders.add(node);
                }
                collect(field.getValue(), holders);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, holders));
        }
    }

    /** Where each {@code values} array stands in the text: from its '[' to after its ']'. */
    private static List<int[]> valuesArrays(String formText) {
        List<int[]> ranges = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(formText)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && "values".equals(parser.currentName())
                        && parser.nextToken() == JsonToken.START_ARRAY) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    ranges.add(new int[] {start, (int) parser.currentTokenLocation().getCharOffset() + 1});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ranges;
    }

    /** As Camunda Modeler writes a list's options: two spaces a level, label before value. */
    private static String render(Map<String, String> options, String indent) {
        StringBuilder array = new StringBuilder("[\n");
        String separator = "";
        for (Map.Entry<String, String> option : options.entrySet()) {
            array.append(separator)
                    .append(indent).append("  {\n")
                    .append(indent).append("    \"label\": ").append(quoted(option.getValue())).append(",\n")
                    .append(indent).append("    \"value\": ").append(quoted(option.getKey())).append('\n')
                    .append(indent).append("  }");
            separator = ",\n";
        }
        return array.append('\n').append(indent).append(']').toString();
    }

    private static String quoted(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indentOfLineAt(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset) + 1;
        int end = lineStart;
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return text.substring(lineStart, end);
    }

    private static <T> Map<String, String> options(T[] entries, Function<T, String> value, Function<T, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        for (T entry : entries) {
            options.put(value.apply(entry), label.apply(entry));
        }
        return Collections.unmodifiableMap(options);
    }
}
