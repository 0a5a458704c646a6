package de.digitalezukunfthagen.digitalcheck.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders Pebble templates from {@code templates/} on the classpath, with autoescaping and strict
 * variables on, in the language of the request. Every template gets {@code lang}, {@code csrf},
 * {@code path} and the {@code t(key, args...)} function for translated texts.
 */
public final class Templates implements FileRenderer {
    private final PebbleEngine engine;

    public Templates(Messages messages) {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .extension(new TemplateFunctions(messages))
                .build();
    }

    /**
     * Compiles {@code template} (and what it extends and includes as far as Pebble loads them up front) on a
     * background thread, so that the first request for it does not wait for the compiler; used for the
     * start page while the server starts. A template that fails here fails again, with its message, when
     * it is asked for.
     */
    public void compileInBackground(String template) {
        Thread compiler = new Thread(() -> {
            try {
                engine.getTemplate(template);
            } catch (RuntimeException e) {
                // the request for it reports the problem
            }
        }, "digitalcheck-compile-" + template);
        compiler.setDaemon(true);
        compiler.start();
    }

    /**
     * The path for links back to this page (the language switch): one leading slash, so that a
     * request for {@code //evil.example/x} (or {@code /\\evil.example}) cannot become a link to
     * another site, which a browser reads {@code //host} as.
     */
    static String sitePath(String path) {
        return "/" + (path == null ? "" : path.replaceFirst("^[/\\\\]+", ""));
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        Map<String, Object> context = new HashMap<>(model);
        Language language = Language.of(ctx);
        context.putIfAbsent("lang", language.code());
        context.putIfAbsent("otherLang", language.other().code());
        context.putIfAbsent("csrf", Csrf.token(ctx));
        context.putIfAbsent("path", sitePath(ctx.path()));
        context.putIfAbsent("query", ctx.queryString() == null ? "" : ctx.queryString());
        PageWriter out = new PageWriter();
        try {
            engine.getTemplate(filePath).evaluate(out, context, language.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Collects a page in one StringBuilder: a template writes thousands of small pieces, and
     * StringWriter's StringBuffer takes a lock for each of them.
     */
    private static final class PageWriter extends Writer {
        private final StringBuilder page = new StringBuilder(32 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            page.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            page.append(text, offset, offset + length);
        }

        @Override
        public void write(String text) {
            page.append(text);
        }

        @Override
        public void write(int c) {
            page.append((char) c);
        }

        @Override
        public Writer append(CharSequence text) {
            page.append(text);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return page.toString();
        }
    }
}
