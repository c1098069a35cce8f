package cn.ipbridge.graph.importing;

import java.util.Locale;
import java.util.Map;

/**
 * An enum value as files write it: the enum name in any case (spaces and hyphens for underscores), or a text
 * containing one of the Chinese or English words given for it (checked in the map's order).
 */
final class EnumText {

    private EnumText() {
    }

    static <E extends Enum<E>> E parse(String text, Class<E> type, Map<String, E> words) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, E> word : words.entrySet()) {
            if (lower.contains(word.getKey())) {
                return word.getValue();
            }
        }
        throw new IllegalArgumentException("unknown value '" + text + "' (one of " + words.keySet() + " or "
                + java.util.Arrays.toString(type.getEnumConstants()) + ")");
    }
}
