package de.digitalezukunfthagen.digitalcheck.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Locale;

/** German first, English second; a {@code ?lang=} switch is remembered in a cookie. */
public enum Language {
    DE("de", Locale.GERMANY), EN("en", Locale.UK);

    public static final String COOKIE = "lang";
    private static final String ATTRIBUTE = "digitalcheck.language";

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == DE ? EN : DE;
    }

    public static Language fromCode(String code) {
        return "en".equals(code) ? EN : DE;
    }

    /** Is {@code code} one of the languages the app speaks? */
    public static boolean supports(String code) {
        return "de".equals(code) || "en".equals(code);
    }

    /** The language of this request: ?lang= (which is then remembered), else the cookie, else German. */
    public static Language of(Context ctx) {
        Language cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String requested = ctx.queryParam("lang");
        Language language;
        if (supports(requested)) {
            language = fromCode(requested);
            Cookie cookie = new Cookie(COOKIE, language.code, "/", 60 * 60 * 24 * 365, Requests.secure(ctx), false, null,
                    SameSite.LAX);
            ctx.cookie(cookie);
        } else {
            language = fromCode(ctx.cookie(COOKIE));
        }
        ctx.attribute(ATTRIBUTE, language);
        return language;
    }
}
