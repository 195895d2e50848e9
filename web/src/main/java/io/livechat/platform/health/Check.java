package io.livechat.platform.health;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ObjLongConsumer;

/** One named health check's outcome and its figures (flags, counts, or words), whatever server reports it. */
public record Check(String name, boolean up, Map<String, Object> data) {

    public Check {
        data = Map.copyOf(data);
    }

    /** Hands each figure to the writer of its kind, so that every report keeps counts numbers and flags flags. */
    public void eachDatum(BiConsumer<String, Boolean> flag, ObjLongConsumer<String> count, BiConsumer<String, String> word) {
        data.forEach((key, value) -> {
            if (value instanceof Boolean yes) {
                flag.accept(key, yes);
            } else if (value instanceof Number number) {
                count.accept(key, number.longValue());
            } else {
                word.accept(key, String.valueOf(value));
            }
        });
    }
}
