package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file; everything is reported at once, never only the first. */
final class Problems implements ReferenceChecker.Sink {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(Node node, String message) {
        at(Yaml.pos(node), message);
    }

    @Override
    public void at(Pos pos, String message) {
        list.add(new Problem(file, pos.line(), pos.column(), message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems in the order they stand in the file. */
    List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }
}
