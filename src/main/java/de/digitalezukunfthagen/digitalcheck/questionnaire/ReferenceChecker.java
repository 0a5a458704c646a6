package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every id a questionnaire or a contact refers to exists, and that show_if refers only
 * to profile questions and to earlier questions, so that visibility can be decided in one pass.
 */
final class ReferenceChecker {
    private static final Comparator<Pos> FILE_ORDER = Comparator.comparingInt(Pos::line).thenComparingInt(Pos::column);

    private ReferenceChecker() {
    }

    static void check(Questionnaire q, Problems problems) {
        check(q, Gaps.NONE, problems);
    }

    static void check(Questionnaire q, Gaps gaps, Problems problems) {
        Map<String, Question> questions = q.questionsById();
        Set<String> dimensions = q.dimensions().stream().map(Dimension::id).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> levels = q.levels().stream().map(Level::id).collect(Collectors.toSet());
        for (Question question : q.allQuestions()) {
            if (question.showIf() == null) {
                continue;
            }
            String where = "show_if of question '" + question.id() + "'";
            question.showIf().forEachLeafAndSelf(c -> {
                Ref target = questionRef(c);
                if (target != null) {
                    Question referred = answerLeaf(c, target, questions, gaps, where, problems);
                    if (referred == null) {
                        return;
                    }
                    if (referred == question) {
                        problems.at(target.pos(), where + " refers to the question itself");
                    } else if (question.isProfile() && !referred.isProfile()) {
                        // profile questions are decided before the dimensions, wherever they stand in the file
                        problems.at(target.pos(), where + " refers to '" + target.id()
                                + "', which is not a profile question; the show_if of a profile question may refer only to earlier profile questions");
                    } else if (!(referred.isProfile() && !question.isProfile())
                            && FILE_ORDER.compare(referred.pos(), question.pos()) > 0) {
                        problems.at(target.pos(), where + " refers to '" + target.id()
                                + "', which comes later in the file; show_if may refer only to profile questions and earlier questions");
                    }
                } else if (dimensionRef(c) != null) {
                    problems.at(dimensionRef(c).pos(), where + " cannot use a dimension condition; show_if may only use answers");
                }
            });
        }
        for (Recommendation r : q.recommendations()) {
            String where = "recommendation '" + r.id() + "'";
            if (r.dimension() != null && !gaps.dimensionsUnknown && !dimensions.contains(r.dimensionId())) {
                problems.at(r.dimension().pos(), where + " belongs to dimension '" + r.dimensionId()
                        + "', which does not exist" + known(dimensions));
            }
            checkWhen(r.when(), questions, dimensions, levels, gaps, where, problems);
        }
        for (Cap cap : q.caps()) {
            String where = "cap '" + cap.id() + "'";
            if (cap.dimension() != null && !cap.dimension().id().equals(Condition.OVERALL) && !gaps.dimensionsUnknown
                    && !dimensions.contains(cap.dimension().id())) {
                problems.at(cap.dimension().pos(), where + " caps dimension '" + cap.dimension().id()
                        + "', which does not exist" + known(dimensions));
            }
            if (cap.levelAtMost() != null && !gaps.levelsUnknown && !levels.contains(cap.levelAtMost().id())) {
                problems.at(cap.levelAtMost().pos(), where + " caps at level '" + cap.levelAtMost().id()
                        + "', which does not exist" + known(levels));
            }
            checkWhen(cap.when(), questions, dimensions, levels, gaps, where, problems);
        }
    }

    /** Checks every leaf of the condition of a recommendation or a cap (null: none). */
    private static void checkWhen(Condition when, Map<String, Question> questions, Set<String> dimensions, Set<String> levels,
            Gaps gaps, String where, Problems problems) {
        if (when == null) {
            return;
        }
        when.forEachLeafAndSelf(c -> {
            Ref target = questionRef(c);
            if (target != null) {
                answerLeaf(c, target, questions, gaps, where, problems);
            } else {
                dimensionLeaf(c, dimensions, levels, gaps, where, problems);
            }
        });
    }

    /** Checks the contacts against one questionnaire that will use them. */
    static void checkContacts(List<Contact> contacts, Questionnaire q, boolean nameQuestionnaire, Problems problems) {
        checkContacts(contacts, q, Gaps.NONE, nameQuestionnaire, problems);
    }

    static void checkContacts(List<Contact> contacts, Questionnaire q, Gaps gaps, boolean nameQuestionnaire, Problems problems) {
        Map<String, Question> questions = q.questionsById();
        Set<String> dimensions = q.dimensions().stream().map(Dimension::id).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> levels = q.levels().stream().map(Level::id).collect(Collectors.toSet());
        String suffix = nameQuestionnaire ? " (in questionnaire '" + q.id() + "')" : "";
        for (Contact contact : contacts) {
            if (contact.when() == null) {
                continue;
            }
            String where = "the condition of contact '" + contact.id() + "'";
            contact.when().forEachLeafAndSelf(c -> {
                Ref target = questionRef(c);
                if (target != null) {
                    Question referred = questions.get(target.id());
                    if (referred != null && !referred.isProfile() && !gaps.questions.contains(target.id())) {
                        problems.at(target.pos(), where + " refers to '" + target.id()
                                + "', which is not a profile question; contacts may only use profile questions" + suffix);
                        return;
                    }
                    answerLeaf(c, target, questions, gaps, where, new SuffixProblems(problems, suffix));
                } else {
                    dimensionLeaf(c, dimensions, levels, gaps, where, new SuffixProblems(problems, suffix));
                }
            });
        }
    }

    private static Ref questionRef(Condition c) {
        if (c instanceof Condition.AnswerIs a) {
            return a.question();
        } else if (c instanceof Condition.AnswerIn a) {
            return a.question();
        } else if (c instanceof Condition.Answered a) {
            return a.question();
        } else if (c instanceof Condition.AnswerAtLeast a) {
            return a.question();
        } else if (c instanceof Condition.AnswerAtMost a) {
            return a.question();
        }
        return null;
    }

    private static Ref dimensionRef(Condition c) {
        if (c instanceof Condition.DimensionBelow d) {
            return d.dimension();
        } else if (c instanceof Condition.DimensionAtLeast d) {
            return d.dimension();
        } else if (c instanceof Condition.DimensionLevel d) {
            return d.dimension();
        }
        return null;
    }

    /** Checks an answer leaf; returns the question it refers to, or null when that is unknown or unusable. */
    private static Question answerLeaf(Condition c, Ref target, Map<String, Question> questions, Gaps gaps, String where,
            Sink problems) {
        if (gaps.questions.contains(target.id())) {
            return null; // broken or ambiguous; its own problem has been reported
        }
        Question referred = questions.get(target.id());
        if (referred == null) {
            if (!gaps.questionsUnknown) {
                problems.at(target.pos(), where + " refers to question '" + target.id() + "', which does not exist");
            }
            return null;
        }
        List<Ref> options = c instanceof Condition.AnswerIs is ? List.of(is.option())
                : c instanceof Condition.AnswerIn in ? in.options() : List.of();
        if (!options.isEmpty()) {
            if (!referred.hasOptions()) {
                problems.at(target.pos(), where + ": 'is' and 'in' need a single or multi question, but '"
                        + target.id() + "' is a " + referred.type().id() + " question");
                return referred;
            }
            for (Ref option : options) {
                if (referred.option(option.id()).isEmpty()) {
                    problems.at(option.pos(), where + " refers to option '" + option.id() + "' of question '"
                            + target.id() + "', which does not exist" + known(referred.options().stream().map(Option::id).toList()));
                }
            }
        }
        if ((c instanceof Condition.AnswerAtLeast || c instanceof Condition.AnswerAtMost)
                && referred.type() != QuestionType.NUMBER) {
            problems.at(target.pos(), where + ": 'at_least' and 'at_most' need a number question, but '"
                    + target.id() + "' is a " + referred.type().id() + " question");
        }
        return referred;
    }

    private static void dimensionLeaf(Condition c, Set<String> dimensions, Set<String> levels, Gaps gaps, String where,
            Sink problems) {
        Ref dimension = dimensionRef(c);
        if (dimension == null) {
            return;
        }
        if (!dimension.id().equals(Condition.OVERALL) && !gaps.dimensionsUnknown && !dimensions.contains(dimension.id())) {
            problems.at(dimension.pos(), where + " refers to dimension '" + dimension.id() + "', which does not exist"
                    + known(dimensions));
        }
        if (c instanceof Condition.DimensionLevel l) {
            for (Ref level : l.levels()) {
                if (!gaps.levelsUnknown && !levels.contains(level.id())) {
                    problems.at(level.pos(), where + " refers to level '" + level.id() + "', which does not exist" + known(levels));
                }
            }
        }
    }

    private static String known(java.util.Collection<String> ids) {
        if (ids.isEmpty() || ids.size() > 12) {
            return "";
        }
        return " (known: " + ids.stream().sorted().collect(Collectors.joining(", ")) + ")";
    }

    /** Where a problem goes; lets contact problems carry the questionnaire they were checked against. */
    interface Sink {
        void at(Pos pos, String message);
    }

    record SuffixProblems(Problems problems, String suffix) implements Sink {
        @Override
        public void at(Pos pos, String message) {
            problems.at(pos, message + suffix);
        }
    }
}
