package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code as_of} and {@code review_by} of a recommendation or a contact. */
record FactDates(LocalDate asOf, LocalDate reviewBy) {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Strict, so that 2026-02-30 is an error and not quietly 2026-02-28. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** Reads both dates; a review date that is set is noted in {@code reviews} for the reminder of {@code validate}. */
    static FactDates read(Fields f, String what, List<ReviewDate> reviews) {
        LocalDate asOf = date(f, "as_of");
        LocalDate reviewBy = date(f, "review_by");
        if (asOf != null && reviewBy != null && reviewBy.isBefore(asOf)) {
            f.problems().at(f.value("review_by"), "'review_by' (" + reviewBy + ") is before 'as_of' (" + asOf + ") of " + what);
        } else if (reviewBy != null) {
            reviews.add(new ReviewDate(f.problems().file(), f.valuePos("review_by"), what, reviewBy));
        }
        return new FactDates(asOf, reviewBy);
    }

    private static LocalDate date(Fields f, String key) {
        if (!f.has(key)) {
            return null;
        }
        Node value = f.value(key);
        // YAML reads an unquoted 2026-01-31 as a timestamp; the text is the same either way
        if (value instanceof ScalarNode scalar && SHAPE.matcher(scalar.getValue()).matches()) {
            try {
                return LocalDate.parse(scalar.getValue(), ISO);
            } catch (DateTimeParseException e) {
                f.problems().at(value, "'" + key + "' is not a real date: " + scalar.getValue());
                return null;
            }
        }
        f.problems().at(value, "'" + key + "' must be a date written YYYY-MM-DD, e.g. 2026-01-31, not " + Fields.describe(value));
        return null;
    }
}
