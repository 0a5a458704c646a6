package de.digitalezukunfthagen.digitalcheck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The style sheets, scripts and icon under {@code /assets/}, read from the classpath folder
 * {@code public/} on first request and then kept: with an ETag (a 304 when it still matches), an hour
 * in the browser's cache, and gzip through Javalin where the client accepts it and the file is large
 * enough. Javalin's own static-file handler mounted the whole jar as a file system while the server
 * started; this one opens single resources when they are asked for.
 */
public final class Assets {
    private static final String PATH = "/assets/";
    private static final String FOLDER = "public/";
    /** Only these kinds of file are served, so a folder or an unexpected file is never answered. */
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml;charset=utf-8",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    private final Map<String, Asset> loaded = new ConcurrentHashMap<>();

    private record Asset(byte[] bytes, String type, String etag) {
    }

    public void addTo(RoutesConfig routes) {
        routes.get(PATH + "*", this::serve);
        routes.head(PATH + "*", this::serve);
    }

    private void serve(Context ctx) {
        Asset asset = find(ctx.path().substring(PATH.length()));
        if (asset == null) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", "max-age=3600");
        ctx.header("ETag", asset.etag());
        ctx.contentType(asset.type());
        String known = ctx.header("If-None-Match");
        if (known != null && (known.trim().equals("*") || Arrays.stream(known.split(","))
                .map(String::trim).anyMatch(asset.etag()::equals))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.result(asset.bytes());
    }

    /** The asset at {@code name} below {@code public/}, or null when there is none to serve. */
    private Asset find(String name) {
        Asset known = loaded.get(name);
        if (known != null) {
            return known;
        }
        int dot = name.lastIndexOf('.');
        String type = dot > name.lastIndexOf('/') + 1 ? TYPES.get(name.substring(dot + 1)) : null;
        if (type == null || name.startsWith("/") || name.contains("\\") || name.contains("//")
                || ("/" + name + "/").contains("/../") || ("/" + name + "/").contains("/./")) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the asset " + name, e);
        }
        Asset asset = new Asset(bytes, type, etag(bytes));
        loaded.put(name, asset);
        return asset;
    }

    /** Weak, as the bytes sent may be gzipped: the same for the plain and the compressed form. */
    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
