package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.web.Language;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The operator's imprint ({@code /impressum}) and privacy statement ({@code /datenschutz}), read once
 * at start from the files named in the configuration. A {@code .md} file is Markdown, rendered with
 * its raw HTML escaped and unsafe link targets ({@code javascript:}) removed; an {@code .html} file is
 * the operator's own HTML fragment, shown as it is (it comes from the operator, not from visitors).
 * Without a file the page says that the operator has not provided it yet.
 */
final class LegalPages {
    static final long MAX_BYTES = 512 * 1024;

    private final Messages messages;
    private final String imprint;
    private final String privacy;

    /** @throws IllegalArgumentException when a named file cannot be read; the message names it */
    LegalPages(Messages messages, Path imprint, Path privacy) {
        this.messages = messages;
        this.imprint = imprint == null ? null : html(imprint, "--imprint");
        this.privacy = privacy == null ? null : html(privacy, "--privacy");
    }

    void imprint(Context ctx) {
        render(ctx, imprint, "layout.imprint");
    }

    void privacy(Context ctx) {
        render(ctx, privacy, "layout.privacy.statement");
    }

    private void render(Context ctx, String content, String titleKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", messages.get(Language.of(ctx), titleKey));
        model.put("content", content);
        ctx.status(content == null ? 404 : 200).render("ops/legal.peb", model);
    }

    static String html(Path file, String flag) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(flag + " " + file + " is larger than " + MAX_BYTES / 1024 + " KB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(flag + " " + file + " cannot be read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return text;
        }
        return markdown(text);
    }

    /** Markdown as HTML; HTML written into the Markdown is shown as text, not run. */
    static String markdown(String text) {
        // tables, for the retention periods of a privacy statement
        List<Extension> tables = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(tables).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(tables).escapeHtml(true).sanitizeUrls(true).build();
        return renderer.render(parser.parse(text));
    }
}
