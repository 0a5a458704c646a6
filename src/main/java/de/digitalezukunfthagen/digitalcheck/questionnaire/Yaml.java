package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

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

    /** Larger files are refused before they are read (the longest shipped questionnaire has about 100 KB). */
    static final long MAX_FILE_BYTES = 2 * 1024 * 1024;
    /**
     * Nodes of the tree with every alias expanded: aliases of a long text, repeated in lists, would
     * otherwise make a small file expand to gigabytes in every check that walks the tree.
     */
    static final int MAX_EXPANDED_NODES = 200_000;
    static final long MAX_EXPANDED_CHARACTERS = 20L * 1024 * 1024;

    /** The same limits for a file and a stored text, so that a snapshot reads as its file did. */
    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by our own checks, with both places
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        options.setNestingDepthLimit(40);
        return options;
    }

    /** The root, or null after a problem when the tree expands beyond the limits through aliases. */
    private static Node bounded(Node root, Problems problems) {
        if (root == null) {
            return null;
        }
        long[] budget = {MAX_EXPANDED_NODES, MAX_EXPANDED_CHARACTERS};
        if (!fits(root, budget, 0)) {
            problems.at(pos(root), "the file expands to more than " + MAX_EXPANDED_NODES + " values or "
                    + MAX_EXPANDED_CHARACTERS / (1024 * 1024) + " MB of text through its aliases (*name); write the "
                    + "repeated parts out or use fewer aliases");
            return null;
        }
        return root;
    }

    /** Walks the tree as the checks will (aliases expanded), stopping as soon as the budget is spent. */
    private static boolean fits(Node node, long[] budget, int depth) {
        if (--budget[0] < 0 || depth > 100) {
            return false;
        }
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar) {
            budget[1] -= scalar.getValue().length();
            return budget[1] >= 0;
        }
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (!fits(item, budget, depth + 1)) {
                    return false;
                }
            }
        } else if (node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
                if (!fits(tuple.getKeyNode(), budget, depth + 1) || !fits(tuple.getValueNode(), budget, depth + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Returns the root node, or null after recording why the file could not be read. */
    static Node compose(Path path, Problems problems) {
        String content = read(path, problems);
        return content == null ? null : compose(content, problems);
    }

    /** The text of a questionnaire file, or null after recording why it could not be read. */
    static String read(Path path, Problems problems) {
        String content;
        try {
            // the size first: a file of gigabytes (mostly comments, say) must not be read into memory at all
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                problems.at(new Pos(1, 1), "the file has " + size / 1024 + " KB; at most " + MAX_FILE_BYTES / 1024
                        + " KB are allowed");
                return null;
            }
            content = decode(Files.readAllBytes(path), problems);
        } catch (IOException e) {
            problems.at(new Pos(1, 1), "cannot read the file: " + e.getMessage());
            return null;
        }
        return content;
    }

    /**
     * The root node of YAML text, or null after recording the syntax error: the text {@link #read}
     * returned, or a stored snapshot, which reads exactly as its file did.
     */
    static Node compose(String content, Problems problems) {
        try {
            // the composer alone, as org.yaml.snakeyaml.Yaml.compose runs it, without the Yaml facade's
            // constructor and representer, which a node tree never uses (their classes cost the start)
            LoaderOptions options = options();
            Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(content)), options), new Resolver(),
                    options).getSingleNode();
            if (root == null) {
                problems.at(new Pos(1, 1), "the file is empty");
            }
            return bounded(root, problems);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            problems.at(pos(mark), "YAML syntax error: " + what + context);
            return null;
        } catch (RuntimeException e) {
            problems.at(new Pos(1, 1), "cannot read the file: " + e.getMessage());
            return null;
        }
    }

    /**
     * The text of a UTF-8 file without a leading byte order mark, or null after recording the line and
     * column of the first byte that is not UTF-8.
     */
    static String decode(byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int lineStart = before.lastIndexOf('\n') + 1;
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.codePointCount(lineStart, before.length()) + 1;
            problems.at(new Pos(line, column), "the file is not valid UTF-8 (save it as UTF-8 in your editor)");
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
