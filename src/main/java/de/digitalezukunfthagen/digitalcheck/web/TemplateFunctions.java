package de.digitalezukunfthagen.digitalcheck.web;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Text;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Template functions: {@code t("key", arg...)} for UI texts, {@code l(text)} for a questionnaire
 * text in the request's language, and {@code num(value)} for a score in the reader's format (54,2).
 */
final class TemplateFunctions extends AbstractExtension {
    private final Messages messages;

    TemplateFunctions(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate(), "l", new Localize(), "num", new FormatNumber());
    }

    private static Language language(EvaluationContext context) {
        return Language.fromCode(context.getLocale().getLanguage());
    }

    private final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null; // varargs: key, then the arguments
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; args.containsKey(String.valueOf(i)); i++) {
                values.add(args.get(String.valueOf(i)));
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("t() needs a key (line " + line + " of " + self.getName() + ")");
            }
            String key = String.valueOf(values.remove(0));
            return messages.get(language(context), key, values.toArray());
        }
    }

    private static final class Localize implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("text");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object text = args.get("text");
            if (text == null) {
                return "";
            }
            return text instanceof Text t ? t.in(language(context).code()) : String.valueOf(text);
        }
    }

    private static final class FormatNumber implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("value");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object value = args.get("value");
            if (value == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(context.getLocale());
            if (value instanceof BigDecimal decimal) {
                format.setMinimumFractionDigits(decimal.scale());
                format.setMaximumFractionDigits(decimal.scale());
            }
            return format.format(value);
        }
    }
}
