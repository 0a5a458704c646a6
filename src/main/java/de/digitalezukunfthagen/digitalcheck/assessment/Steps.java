package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Condition;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of the online check: the company profile (when there is one), then one step per dimension.
 * A step with more than {@link #MAX_QUESTIONS} questions is split into parts of nearly equal size, so
 * that a page stays short on a phone. Part 1 keeps the step's address ({@code step/3}), further parts
 * add their number ({@code step/3-2}): links to a step stay valid when its questionnaire grows.
 */
final class Steps {
    /** The most questions one page asks (on a phone about two screens of answer options). */
    static final int MAX_QUESTIONS = 6;

    private Steps() {
    }

    /**
     * One page; {@code number} counts the steps from 1 (the parts of a step share it), {@code part}
     * counts from 1 within the step; {@code dimension} is null for the profile.
     */
    record Step(int number, int part, int parts, Dimension dimension, Text title, Text description, List<Question> questions) {
        boolean isProfile() {
            return dimension == null;
        }

        /** The page's part of the address after {@code /step/}. */
        String path() {
            return part == 1 ? String.valueOf(number) : number + "-" + part;
        }

        /** The visible required questions of this page that are unanswered. */
        List<String> open(List<String> missing) {
            return questions.stream().map(Question::id).filter(missing::contains).toList();
        }

        long answered(Set<String> visible, Answers answers) {
            return questions.stream().filter(q -> visible.contains(q.id()) && answers.has(q.id())).count();
        }
    }

    static List<Step> of(Questionnaire q, Text profileTitle) {
        List<Step> pages = new ArrayList<>();
        int number = 0;
        if (!q.profile().isEmpty()) {
            number++;
            addParts(pages, number, null, profileTitle, null, q.profile());
        }
        for (Dimension d : q.dimensions()) {
            number++;
            addParts(pages, number, d, d.title(), d.description(), d.questions());
        }
        return List.copyOf(pages);
    }

    private static void addParts(List<Step> pages, int number, Dimension dimension, Text title, Text description,
                                 List<Question> questions) {
        List<List<Question>> parts = split(questions);
        for (int i = 0; i < parts.size(); i++) {
            pages.add(new Step(number, i + 1, parts.size(), dimension, title, description, parts.get(i)));
        }
    }

    /**
     * Splits into as few parts as {@link #MAX_QUESTIONS} allows, of nearly equal size (9 become 5 and 4,
     * not 6 and 3). A follow-up question that would begin a part stays with the question its
     * {@code show_if} asks about when the part before still fits, so what an answer reveals appears on
     * the same page.
     */
    static List<List<Question>> split(List<Question> questions) {
        int n = questions.size();
        int count = Math.max(1, (n + MAX_QUESTIONS - 1) / MAX_QUESTIONS);
        List<Integer> cuts = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < count - 1; i++) {
            at += n / count + (i < n % count ? 1 : 0);
            cuts.add(at);
        }
        List<List<Question>> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < cuts.size(); i++) {
            int cut = cuts.get(i);
            int next = i + 1 < cuts.size() ? cuts.get(i + 1) : n;
            if (refersToEarlier(questions, cut, from) && cut + 1 - from <= MAX_QUESTIONS && next - (cut + 1) >= 1) {
                cut++; // keep the follow-up with what it asks about
            }
            parts.add(List.copyOf(questions.subList(from, cut)));
            from = cut;
        }
        parts.add(List.copyOf(questions.subList(from, n)));
        return parts;
    }

    /** Whether the question at {@code index} shows only depending on a question of the same part before it. */
    private static boolean refersToEarlier(List<Question> questions, int index, int partStart) {
        if (index <= partStart || index >= questions.size() || questions.get(index).showIf() == null) {
            return false;
        }
        Set<String> earlier = new HashSet<>();
        for (int i = partStart; i < index; i++) {
            earlier.add(questions.get(i).id());
        }
        Set<String> referred = new HashSet<>();
        questions.get(index).showIf().forEachLeafAndSelf(c -> {
            if (c instanceof Condition.AnswerIs is) {
                referred.add(is.question().id());
            } else if (c instanceof Condition.AnswerIn in) {
                referred.add(in.question().id());
            } else if (c instanceof Condition.Answered a) {
                referred.add(a.question().id());
            } else if (c instanceof Condition.AnswerAtLeast a) {
                referred.add(a.question().id());
            } else if (c instanceof Condition.AnswerAtMost a) {
                referred.add(a.question().id());
            }
        });
        return referred.stream().anyMatch(earlier::contains);
    }

    /** The page at {@code path} ({@code 3} or {@code 3-2}). */
    static Optional<Step> find(List<Step> steps, String path) {
        return steps.stream().filter(s -> s.path().equals(path)).findFirst();
    }

    /** The page after {@code step}, if any. */
    static Optional<Step> next(List<Step> steps, Step step) {
        int i = indexOf(steps, step);
        return i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
    }

    /** The page before {@code step}, if any. */
    static Optional<Step> previous(List<Step> steps, Step step) {
        int i = indexOf(steps, step);
        return i > 0 ? Optional.of(steps.get(i - 1)) : Optional.empty();
    }

    static int indexOf(List<Step> steps, Step step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).path().equals(step.path())) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a page of these steps: " + step.path());
    }

    /** The number of steps (the parts of a step counted once). */
    static int count(List<Step> steps) {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).number();
    }
}
