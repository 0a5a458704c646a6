package de.digitalezukunfthagen.digitalcheck.web;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages kept as rendered, for the pages that are asked for again and again unchanged (an assessment's
 * step and result pages): rendering a long Pebble template costs far more than the rest of such a
 * request. The caller names what its model was made from (the "stamp": a value whose equality means
 * an equal model); a request for the same address in the same language with an equal stamp and query
 * string gets the kept UTF-8 bytes. The CSRF token, the one part of a page that differs per browser,
 * is filled in per request.
 *
 * <p>A page is kept for at most {@link #LIFETIME} (injected clock), within {@code maxBytes} in all (the
 * page used least recently goes first), and {@link #forget} drops an assessment's pages when it is
 * deleted.
 */
public final class RenderedPages {
    /** The longest a rendered page is kept. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    /** Wraps a value whose identity, not its equality, stands for what a page was made from (e.g. a kept evaluation). */
    public record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private record Key(String path, Language language) {
    }

    private record Full(Object stamp, String query) {
    }

    /** A rendered page split where the CSRF token goes. */
    private record Page(Full stamp, byte[][] parts, long bytes, Instant renderedAt) {
    }

    private final Clock clock;
    private final long maxBytes;
    /** Stands in for the CSRF token while a page is rendered: random, so no page text can contain it by chance. */
    private final String marker;
    private final Map<Key, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public RenderedPages(Clock clock, long maxBytes) {
        this.clock = clock;
        this.maxBytes = maxBytes;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.marker = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Answers {@code ctx} with the kept page if it was made from an equal {@code stamp}; false, and nothing written, if not. */
    public boolean answer(Context ctx, Object stamp) {
        Key key = new Key(ctx.path(), Language.of(ctx));
        Full full = new Full(stamp, ctx.queryString());
        Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page == null || !page.stamp().equals(full) || expired(page)) {
            return false;
        }
        write(ctx, page);
        return true;
    }

    private static void write(Context ctx, Page page) {
        byte[] token = Csrf.token(ctx).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[(int) page.bytes() + token.length * (page.parts().length - 1)];
        int at = 0;
        for (int i = 0; i < page.parts().length; i++) {
            if (i > 0) {
                System.arraycopy(token, 0, out, at, token.length);
                at += token.length;
            }
            byte[] part = page.parts()[i];
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        ctx.contentType(ContentType.TEXT_HTML).result(out);
    }

    /** Renders {@code template} with {@code model} as {@code ctx.render} does, answers with it and keeps it for {@code stamp}. */
    public void render(Context ctx, Object stamp, String template, Map<String, Object> model) {
        Map<String, Object> withMarker = new HashMap<>(model);
        withMarker.put("csrf", marker);
        String html = ctx.appData(FileRenderer.FileRendererKey).render(template, withMarker, ctx);
        List<byte[]> parts = new ArrayList<>();
        long size = 0;
        int from = 0;
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, from)) {
            parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            size += parts.get(parts.size() - 1).length;
            from = at + marker.length();
        }
        parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        size += parts.get(parts.size() - 1).length;
        Page page = new Page(new Full(stamp, ctx.queryString()), parts.toArray(byte[][]::new), size, clock.instant());
        keep(new Key(ctx.path(), Language.of(ctx)), page);
        write(ctx, page);
    }

    /** Drops every kept page under {@code pathPrefix} (e.g. an assessment's pages when it is deleted). */
    public void forget(String pathPrefix) {
        synchronized (pages) {
            for (Iterator<Map.Entry<Key, Page>> it = pages.entrySet().iterator(); it.hasNext();) {
                Map.Entry<Key, Page> entry = it.next();
                if (entry.getKey().path().startsWith(pathPrefix)) {
                    bytes -= entry.getValue().bytes();
                    it.remove();
                }
            }
        }
    }

    /** How many bytes the kept pages take (for the tests). */
    long bytes() {
        synchronized (pages) {
            return bytes;
        }
    }

    private boolean expired(Page page) {
        Instant now = clock.instant();
        return now.isBefore(page.renderedAt()) || !now.isBefore(page.renderedAt().plus(LIFETIME));
    }

    private void keep(Key key, Page page) {
        if (page.bytes() > maxBytes / 4) {
            return; // one page must not push out most of the others
        }
        synchronized (pages) {
            Page before = pages.put(key, page);
            bytes += page.bytes() - (before == null ? 0 : before.bytes());
            for (Iterator<Page> it = pages.values().iterator(); bytes > maxBytes && it.hasNext();) {
                bytes -= it.next().bytes();
                it.remove();
            }
        }
    }
}
