package io.factline.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The web page: a fixed list of files from {@code web/} on the classpath, read and compressed once at start.
 * Only these names are served, so no request path can reach another file.
 */
final class StaticFiles {
    static final List<String> FILES = List.of("index.html", "style.css", "app.js", "chart.js", "dom.js",
            "favicon.svg");

    private record File(String contentType, byte[] body, byte[] gzipped) {
    }

    private final Map<String, File> files = new HashMap<>();

    StaticFiles() {
        for (String name : FILES) {
            try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("web/" + name)) {
                if (in == null) throw new IllegalStateException("web/" + name + " is missing from the classpath");
                byte[] body = in.readAllBytes();
                files.put("/" + name, new File(contentType(name), body, Reply.compress(body)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.put("/", files.get("/index.html"));
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".svg")) return "image/svg+xml";
        return "application/octet-stream";
    }

    /** Serves the file at {@code path}; false when there is none. */
    boolean serve(String path, Reply reply) throws IOException {
        File f = files.get(path);
        if (f == null) return false;
        // Revalidated on every load: the page and its scripts change together when factline is upgraded.
        reply.bytes(200, f.contentType(), f.body(), "no-cache", f.gzipped());
        return true;
    }
}
