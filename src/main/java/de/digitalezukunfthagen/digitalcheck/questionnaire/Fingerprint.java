package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * SHA-256 of a canonical form of the YAML content: keys sorted, numbers normalised, comments and
 * layout ignored. Reformatting a file keeps its fingerprint; changing what it says does not.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(Node root) {
        StringBuilder canonical = new StringBuilder();
        write(root, canonical);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof MappingNode mapping) {
            Map<String, Node> sorted = new TreeMap<>();
            mapping.getValue().forEach(t -> sorted.put(t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?", t.getValueNode()));
            out.append('{');
            sorted.forEach((key, value) -> {
                quote(key, out);
                out.append(':');
                write(value, out);
                out.append(',');
            });
            out.append('}');
        } else if (node instanceof SequenceNode sequence) {
            out.append('[');
            sequence.getValue().forEach(item -> {
                write(item, out);
                out.append(',');
            });
            out.append(']');
        } else if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                try {
                    BigDecimal number = new BigDecimal(scalar.getValue().replace("_", "")).stripTrailingZeros();
                    // plain digits as always for sensible numbers; 1.0e+999999999 would be a billion of them
                    out.append(Math.abs((long) number.precision() - number.scale()) > 100 || number.scale() > 100
                            ? number.toString() : number.toPlainString());
                    return;
                } catch (NumberFormatException e) {
                    // written as text below
                }
            }
            if (tag.equals(Tag.NULL)) {
                out.append("null");
            } else if (tag.equals(Tag.BOOL)) {
                out.append(scalar.getValue().toLowerCase());
            } else {
                quote(scalar.getValue(), out);
            }
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
}
