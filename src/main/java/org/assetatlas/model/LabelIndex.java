package org.assetatlas.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The constants of each {@link Labelled} enum by their squashed code, label and name, worked out once per enum:
 * the store parses several labelled columns for every row it reads, and squashing every constant's three spellings
 * on every call cost more than reading the row.
 */
final class LabelIndex {

    private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byKey = new HashMap<>();
            // In declaration order, code before label before name: the first constant to claim a key keeps it,
            // as a scan in that order would find it first.
            for (Object c : type.getEnumConstants()) {
                Labelled l = (Labelled) c;
                byKey.putIfAbsent(Labelled.squash(l.code()), c);
                byKey.putIfAbsent(Labelled.squash(l.label()), c);
                byKey.putIfAbsent(Labelled.squash(((Enum<?>) c).name()), c);
            }
            byKey.remove("");
            return Map.copyOf(byKey);
        }
    };

    private LabelIndex() {
    }

    /** The constant of the enum whose squashed code, label or name is {@code squashed}, or null. */
    static Object find(Class<?> type, String squashed) {
        return BY_TYPE.get(type).get(squashed);
    }
}
