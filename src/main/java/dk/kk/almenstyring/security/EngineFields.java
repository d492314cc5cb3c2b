package dk.kk.almenstyring.security;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the arguments of an engine command, which Camunda keeps in protected fields without getters. One place, so
 * that a field renamed in a future engine version fails loudly ({@link #required}) instead of being skipped.
 */
final class EngineFields {

    /** Looked up once per command class: every command a person issues passes here. */
    private static final Map<Class<?>, Map<String, Optional<Field>>> FOUND = new ConcurrentHashMap<>();

    private EngineFields() {
    }

    /** The value of the named field; fails if the class (or a superclass) has no such field. */
    @SuppressWarnings("unchecked")
    static <T> T required(Object target, String name) {
        Field field = find(target.getClass(), name);
        if (field == null) {
            throw new IllegalStateException(target.getClass().getName() + " has no field '" + name
                    + "': the engine changed, dk.kk.almenstyring.security must follow");
        }
        return (T) read(field, target);
    }

    /** The value of the first of the named fields the object has; null if it has none of them. */
    static Object optional(Object target, String... names) {
        for (String name : names) {
            Field field = find(target.getClass(), name);
            if (field != null) {
                return read(field, target);
            }
        }
        return null;
    }

    private static Field find(Class<?> type, String name) {
        return FOUND.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> lookUp(type, n)).orElse(null);
    }

    private static Optional<Field> lookUp(Class<?> type, String name) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field field : t.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    field.setAccessible(true);
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
