package dk.kk.almenstyring.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.almenstyring.security.FormFields.DynamicList;
import dk.kk.almenstyring.security.FormWriteCheck.FormWriteRefused;

/**
 * A dynamic list is stored as one JSON variable, so declaring the variable says nothing about what its items hold. A
 * person fills in an item's own fields; everything else in an item (its id, a read-only title, a key the process put
 * there) must be as the process holds it in one of the list's current items. A new item carries nothing of the
 * process's. So nobody adds keys of his own, or moves a decision to another agenda item by changing its id.
 */
final class ListItemCheck {

    private ListItemCheck() {
    }

    /**
     * @param current the variable's value as the process holds it (null for a start)
     * @param where   the form, as the refusal names it
     */
    static void check(FormFields fields, Map<String, Object> values, Function<String, Object> current, String where) {
        fields.lists().forEach((variable, list) -> {
            if (!values.containsKey(variable) || !fields.isWritable(variable)) {
                return; // a read-only list is compared as a whole
            }
            JsonNode submitted = FormLimits.json(FormLimits.plain(values.get(variable)));
            if (submitted == null || !submitted.isArray()) {
                return; // not a list: the delegate that reads it refuses it
            }
            List<JsonNode> held = items(FormLimits.json(FormLimits.plain(current.apply(variable))));
            for (int i = 0; i < submitted.size(); i++) {
                checkItem(submitted.get(i), i + 1, list, held, where);
            }
        });
    }

    private static void checkItem(JsonNode item, int number, DynamicList list, List<JsonNode> held, String where) {
        String which = "Punkt " + number + " i listen '" + list.label() + "' i " + where;
        if (!item.isObject()) {
            throw new FormWriteRefused(which + " er ikke et punkt med formularens felter.");
        }
        List<String> processOwned = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (list.writableKeys().contains(key) || (list.processKeys().contains(key) && empty(field.getValue()))) {
                continue;
            }
            if (!list.processKeys().contains(key) && held.stream().noneMatch(h -> h.has(key))) {
                throw new FormWriteRefused(which + " har feltet " + key + ", som ikke findes i formularen."
                        + " Kun formularens egne felter kan udfyldes.");
            }
            processOwned.add(key);
        }
        if (processOwned.isEmpty() || held.stream().anyMatch(h -> sameFields(item, h, processOwned))) {
            return;
        }
        // named after the item it was most likely taken from: the one that agrees in the most fields
        JsonNode closest = held.stream().max(Comparator.comparingLong(h -> processOwned.stream()
                .filter(key -> sameValue(item.get(key), h.get(key))).count())).orElse(null);
        String changed = processOwned.stream()
                .filter(key -> closest == null || !sameValue(item.get(key), closest.get(key)))
                .findFirst().orElse(processOwned.get(0));
        throw new FormWriteRefused(which + ": feltet " + changed + " kan kun læses og kan ikke ændres.");
    }

    private static List<JsonNode> items(JsonNode list) {
        List<JsonNode> items = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(item -> {
                if (item.isObject()) {
                    items.add(item);
                }
            });
        }
        return items;
    }

    private static boolean sameFields(JsonNode item, JsonNode held, List<String> keys) {
        return keys.stream().allMatch(key -> sameValue(item.get(key), held.get(key)));
    }

    /** No value, null and an empty text count as equal; 7 and 7.0 too. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (empty(a) || empty(b)) {
            return empty(a) && empty(b);
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().isEmpty());
    }
}
