package de.digitalezukunfthagen.digitalcheck.scoring;

import java.math.BigDecimal;
import java.util.List;

/** One answer, of the shape its question's type asks for. */
public sealed interface Answer {

    /** The chosen option of a single question. */
    record Choice(String option) implements Answer {
    }

    /** The chosen options of a multi question, distinct, in the order given. */
    record Choices(List<String> options) implements Answer {
        public Choices {
            options = List.copyOf(options);
        }
    }

    /** A number; kept as given (12 stays 12, 2.5 stays 2.5). */
    record Num(BigDecimal value) implements Answer {
    }

    record FreeText(String value) implements Answer {
    }
}
