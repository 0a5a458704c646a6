package de.digitalezukunfthagen.digitalcheck.web;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI texts, from UTF-8 properties files in {@code i18n/}: one bundle per feature
 * ({@code messages} for the shared layout, {@code assessment}, {@code workshop}, ...), each in
 * {@code _de} and {@code _en}. A key is looked up in the bundles in order. A missing key shows as
 * {@code ??key??}, so it is seen and the tests catch it.
 */
public final class Messages {
    public static final List<String> BUNDLES = List.of("messages", "assessment", "workshop", "auth", "initiative");

    /** Every key of every bundle per language, the first bundle in {@link #BUNDLES} winning; read once. */
    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    /** The patterns with arguments, parsed on first use. */
    private final Map<Language, Map<String, Parsed>> parsed = new EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            Map<String, String> all = new HashMap<>();
            for (String name : BUNDLES) {
                ResourceBundle bundle = bundle(name, language);
                if (bundle != null) {
                    for (String key : bundle.keySet()) {
                        all.putIfAbsent(key, bundle.getString(key));
                    }
                }
            }
            texts.put(language, Map.copyOf(all));
            parsed.put(language, new ConcurrentHashMap<>());
        }
    }

    /** The text of {@code key} without arguments, or empty where there is none (for optional texts, such as names of ids). */
    public java.util.Optional<String> find(Language language, String key) {
        return java.util.Optional.ofNullable(texts.get(language).get(key));
    }

    public String get(Language language, String key, Object... args) {
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        if (args.length == 0) {
            return pattern;
        }
        Parsed prepared = parsed(language, key, pattern);
        // a MessageFormat is not thread-safe: each use formats with its own copy of the parsed one
        return ((MessageFormat) prepared.format().clone()).format(prepared.plain() ? withSmallWholeNumbersAsText(args) : args);
    }

    /** A pattern parsed once; {@code plain}: none of its arguments has a format type ({0,number}, {0,choice}, ...). */
    private record Parsed(MessageFormat format, boolean plain) {
    }

    private Parsed parsed(Language language, String key, String pattern) {
        return parsed.get(language).computeIfAbsent(key, k -> {
            MessageFormat format = new MessageFormat(pattern, language.locale());
            return new Parsed(format, Arrays.stream(format.getFormats()).allMatch(Objects::isNull));
        });
    }

    /**
     * MessageFormat writes a number argument with a new NumberFormat of the locale each time; a whole
     * number from 0 to 999 reads the same in every supported language without one ("12"), so it is
     * passed as text. Other values are left to MessageFormat.
     */
    private static Object[] withSmallWholeNumbersAsText(Object[] args) {
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if ((values[i] instanceof Integer || values[i] instanceof Long) && ((Number) values[i]).longValue() >= 0
                    && ((Number) values[i]).longValue() < 1000) {
                values[i] = values[i].toString();
            }
        }
        return values;
    }

    private static ResourceBundle bundle(String name, Language language) {
        try {
            return ResourceBundle.getBundle("i18n." + name, language.locale(), NoFallback.INSTANCE);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Never fall back to the JVM's default locale: the file of the language asked for, or nothing. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
