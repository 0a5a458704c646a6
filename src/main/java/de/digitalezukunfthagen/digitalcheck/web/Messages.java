package de.digitalezukunfthagen.digitalcheck.web;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
        }
    }

    public String get(Language language, String key, Object... args) {
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
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
