package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a YAML file into SnakeYAML's node tree, which keeps the line and column of every key and value. */
final class Yaml {
    private Yaml() {
    }

    static Pos pos(Node node) {
        return pos(node.getStartMark());
    }

    static Pos pos(Mark mark) {
        return mark == null ? Pos.UNKNOWN : new Pos(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Like {@link #compose(Path, Problems)}, for YAML text already read (a stored snapshot). */
    static Node compose(String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(5 * 1024 * 1024);
        try {
            Node root = new org.yaml.snakeyaml.Yaml(options).compose(new java.io.StringReader(text));
            if (root == null) {
                problems.at(new Pos(1, 1), "the file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.at(pos(mark), "YAML syntax error: " + what);
            return null;
        } catch (RuntimeException e) {
            problems.at(new Pos(1, 1), "cannot read the text: " + e.getMessage());
            return null;
        }
    }

    /** Returns the root node, or null after recording why the file could not be read. */
    static Node compose(Path path, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by our own checks, with both places
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(5 * 1024 * 1024);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), decoder)) {
            Node root = new org.yaml.snakeyaml.Yaml(options).compose(reader);
            if (root == null) {
                problems.at(new Pos(1, 1), "the file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            problems.at(pos(mark), "YAML syntax error: " + what + context);
            return null;
        } catch (CharacterCodingException e) {
            problems.at(new Pos(1, 1), "the file is not valid UTF-8");
            return null;
        } catch (IOException e) {
            problems.at(new Pos(1, 1), "cannot read the file: " + e.getMessage());
            return null;
        } catch (RuntimeException e) {
            problems.at(new Pos(1, 1), "cannot read the file: " + e.getMessage());
            return null;
        }
    }
}
