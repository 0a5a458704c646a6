package de.digitalezukunfthagen.digitalcheck.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The heights of the appendix's rows, kept between reports: a row shows one recommendation (its title,
 * time frame, urgency, first step) in one language at the full width, whichever firm it is for, so its
 * height is the same in every report. The page budget's estimate ({@link PdfReport}) then lays out
 * only the rows it prints. Bounded: emptied when full (a questionnaire has a few hundred rows per language).
 */
final class CardHeights {
    static final int MAX_ENTRIES = 4096;

    private final Map<String, Float> byKey = new ConcurrentHashMap<>();

    /** The height (with the spacing after it) of the row under {@code key}, laid out by {@code measure} the first time. */
    float height(String key, Supplier<Float> measure) {
        Float known = byKey.get(key);
        if (known != null) {
            return known;
        }
        float measured = measure.get();
        if (byKey.size() >= MAX_ENTRIES) {
            byKey.clear();
        }
        byKey.put(key, measured);
        return measured;
    }

    int size() {
        return byKey.size();
    }
}
