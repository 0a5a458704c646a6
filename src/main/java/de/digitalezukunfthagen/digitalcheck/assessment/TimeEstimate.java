package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Option;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import java.util.List;

/**
 * How long a questionnaire takes, as a range worked out from what there is to read: the words of each
 * question, its help and its answer options (in German, the language the times were measured in). The
 * short end reads the questions every firm is asked at {@value #FAST_WORDS_PER_MINUTE} words a minute,
 * the long end every question, follow-ups included, at {@value #SLOW_WORDS_PER_MINUTE}. The two paces
 * are fitted to walks through the shipped checks (quick check 6–10 minutes, full check 19–37), so a
 * questionnaire that grows or shrinks gets an estimate that moves with it.
 */
record TimeEstimate(int from, int to) {
    static final int FAST_WORDS_PER_MINUTE = 190;
    static final int SLOW_WORDS_PER_MINUTE = 120;

    static TimeEstimate of(Questionnaire q) {
        List<Question> all = q.allQuestions();
        long everyone = all.stream().filter(x -> x.showIf() == null).mapToLong(TimeEstimate::words).sum();
        long everything = all.stream().mapToLong(TimeEstimate::words).sum();
        int from = Math.max(1, Math.round((float) everyone / FAST_WORDS_PER_MINUTE));
        int to = Math.max(from + 1, Math.round((float) everything / SLOW_WORDS_PER_MINUTE));
        return new TimeEstimate(from, to);
    }

    static long words(Question q) {
        long words = words(q.text()) + words(q.help());
        for (Option o : q.options()) {
            words += words(o.label());
        }
        return words;
    }

    private static long words(Text text) {
        if (text == null) {
            return 0;
        }
        String s = text.in("de").strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
