package de.digitalezukunfthagen.digitalcheck.assessment;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The pages of the online check: the company profile (when there is one), then one page per dimension. */
final class Steps {
    private Steps() {
    }

    /** One page; {@code number} counts from 1, {@code dimension} is null for the profile. */
    record Step(int number, Dimension dimension, Text title, Text description, List<Question> questions) {
        boolean isProfile() {
            return dimension == null;
        }

        /** The visible required questions of this page that are unanswered. */
        List<String> open(List<String> missing) {
            return questions.stream().map(Question::id).filter(missing::contains).toList();
        }

        long answered(Set<String> visible, de.digitalezukunfthagen.digitalcheck.scoring.Answers answers) {
            return questions.stream().filter(q -> visible.contains(q.id()) && answers.has(q.id())).count();
        }
    }

    static List<Step> of(Questionnaire q, Text profileTitle) {
        List<Step> steps = new ArrayList<>();
        if (!q.profile().isEmpty()) {
            steps.add(new Step(1, null, profileTitle, null, q.profile()));
        }
        for (Dimension d : q.dimensions()) {
            steps.add(new Step(steps.size() + 1, d, d.title(), d.description(), d.questions()));
        }
        return List.copyOf(steps);
    }

    static Optional<Step> find(List<Step> steps, String number) {
        try {
            int n = Integer.parseInt(number);
            return n >= 1 && n <= steps.size() ? Optional.of(steps.get(n - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
