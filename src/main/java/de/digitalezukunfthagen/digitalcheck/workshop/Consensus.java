package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Question;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Answer;
import de.digitalezukunfthagen.digitalcheck.scoring.Answers;
import de.digitalezukunfthagen.digitalcheck.scoring.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the consensus stands: every question of the dimensions in questionnaire order (numbered from 1
 * for the consensus screen), which are visible with the agreed answers, which are agreed, and which
 * are still open. Only an answer the consultant confirmed is agreed; a proposal is never stored on
 * its own.
 */
record Consensus(List<Item> items) {

    /** One question with its place in the walk and its state. */
    record Item(int number, Question question, Dimension dimension, boolean visible, boolean agreed, Spread.QuestionSpread spread) {
        /** Open and the group agrees: can be taken over with the one confirmation for all such questions. */
        boolean agreeable() {
            return visible && !agreed && spread != null && !spread.disputed();
        }

        /** Open and to be discussed. */
        boolean disputedOpen() {
            return visible && !agreed && (spread == null || spread.disputed());
        }

        public boolean open() {
            return visible && !agreed;
        }
    }

    static Consensus of(Questionnaire q, Workshop w, Spread spread, Function<Answers, Evaluation> evaluate) {
        Evaluation e = evaluate.apply(w.consensus());
        List<Item> items = new ArrayList<>();
        int number = 0;
        for (Dimension d : q.dimensions()) {
            for (Question x : d.questions()) {
                items.add(new Item(++number, x, d, e.isVisible(x.id()), w.consensus().has(x.id()), spread.question(x.id())));
            }
        }
        return new Consensus(items);
    }

    /** The question with this number, or null. */
    Item at(int number) {
        return number >= 1 && number <= items.size() ? items.get(number - 1) : null;
    }

    List<Item> open() {
        return items.stream().filter(Item::open).toList();
    }

    List<Item> agreeable() {
        return items.stream().filter(Item::agreeable).toList();
    }

    long agreed() {
        return items.stream().filter(i -> i.visible() && i.agreed()).count();
    }

    long visible() {
        return items.stream().filter(Item::visible).count();
    }

    /** The number of the next visible question after {@code after}: any (walking all), or only open ones; 0 for none. */
    int next(int after, boolean onlyOpen) {
        return items.stream().filter(i -> i.number() > after && i.visible() && (!onlyOpen || !i.agreed()))
                .mapToInt(Item::number).findFirst().orElse(0);
    }

    /** The number of the visible question before {@code before}; 0 for none. */
    int previous(int before) {
        int found = 0;
        for (Item i : items) {
            if (i.number() < before && i.visible()) {
                found = i.number();
            }
        }
        return found;
    }

    /**
     * The consensus with every question the group agrees on taken over: the group's answer for each
     * open, visible, undisputed question, repeated while taking some over makes further questions
     * visible.
     */
    static Answers adoptAgreed(Questionnaire q, Workshop w, Spread spread, Function<Answers, Evaluation> evaluate) {
        Answers consensus = w.consensus();
        for (int round = 0; round < 10; round++) {
            Evaluation e = evaluate.apply(consensus);
            Map<String, Answer> adopted = new LinkedHashMap<>();
            for (Dimension d : q.dimensions()) {
                for (Question x : d.questions()) {
                    Spread.QuestionSpread s = spread.question(x.id());
                    if (e.isVisible(x.id()) && !consensus.has(x.id()) && s != null && !s.disputed()) {
                        adopted.put(x.id(), s.mostCommon());
                    }
                }
            }
            if (adopted.isEmpty()) {
                break;
            }
            consensus = consensus.merge(adopted);
        }
        return consensus;
    }
}
