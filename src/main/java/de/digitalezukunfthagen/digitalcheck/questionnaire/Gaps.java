package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.HashSet;
import java.util.Set;

/**
 * What a file declares but the parsed model cannot show faithfully, because of a problem already
 * reported: a question of unknown type, a question id used twice, a list that is not a list. A
 * reference into such a gap is not reported again as "does not exist"; one slip gives one message.
 */
final class Gaps {
    /** Question ids that are declared but broken or ambiguous. */
    final Set<String> questions = new HashSet<>();
    /** Some questions could not be read at all (their ids are unknown). */
    boolean questionsUnknown;
    /** Some dimensions could not be read at all. */
    boolean dimensionsUnknown;
    /** Some levels could not be read at all. */
    boolean levelsUnknown;

    static final Gaps NONE = new Gaps();
}
