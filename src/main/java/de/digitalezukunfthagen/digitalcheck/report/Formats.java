package de.digitalezukunfthagen.digitalcheck.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and dates in the reader's format: 54,2 and 27. November 2026 in German, 54.2 and
 * 27 November 2026 in English. A score is printed with exactly the decimals the engine rounded it
 * to; this class never rounds (it fails instead), so the report cannot show another figure than
 * the result JSON.
 */
final class Formats {
    private final Locale locale;
    private final DateTimeFormatter dates;
    /** The formats made so far, by number of decimals (a DecimalFormat is costly to make and not thread-safe: one report's). */
    private final Map<Integer, DecimalFormat> decimals = new HashMap<>();

    Formats(String language) {
        this.locale = "de".equals(language) ? Locale.GERMANY : Locale.UK;
        this.dates = DateTimeFormatter.ofPattern("de".equals(language) ? "d. MMMM yyyy" : "d MMMM yyyy", locale);
    }

    /** A decimal with exactly its own scale: 54.2 to "54,2" (de), 12 to "12", 1250 to "1.250" (de). */
    String decimal(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        DecimalFormat format = decimals.get(scale);
        if (format == null) {
            format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
            format.setMinimumFractionDigits(scale);
            format.setMaximumFractionDigits(scale);
            format.setRoundingMode(RoundingMode.UNNECESSARY);
            decimals.put(scale, format);
        }
        return format.format(value);
    }

    /** A number from the questionnaire (a weight, a level threshold): 25 to "25", 1.5 to "1,5". */
    String decimal(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal(exact.scale() < 0 ? exact.setScale(0) : exact);
    }

    Locale locale() {
        return locale;
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** A date as written on a "Stand" line: 31.01.2026 in German, 2026-01-31 in English. */
    String day(LocalDate date) {
        return locale == Locale.GERMANY ? DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date) : date.toString();
    }
}
