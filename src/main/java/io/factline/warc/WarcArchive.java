package io.factline.warc;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes captures as WARC 1.1 ({@code .warc.gz}, one gzip member per record, as ISO 28500 annex D recommends)
 * into a directory, starting a new file past a size. Each capture is a group of records: the request, the
 * response (or, for a payload already archived, a revisit record with the identical-payload-digest profile) and a
 * metadata record for what the crawler learnt (outlinks, duplicates). Each file starts with a warcinfo record.
 *
 * <p>Files are named {@code factline-<UTC time>-<sequence>.warc.gz} so that name order is write order. A caller
 * that keeps its own state next to the archive (the crawl frontier) commits that state after each group; after a
 * crash, {@link #truncate} cuts a file back to its last committed length, so a reader never meets half a record.
 */
public final class WarcArchive implements Closeable {
    public static final String PREFIX = "factline-";
    public static final String SUFFIX = ".warc.gz";
    /** Metadata field naming the page a near-duplicate copies (its own field, as WARC 1.1 leaves metadata open). */
    public static final String NEAR_DUPLICATE_OF = "near-duplicate-of";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long maxBytes;
    private final Map<String, List<String>> info;
    private final Consumer<String> opened;
    private org.netpreserve.jwarc.WarcWriter writer;
    private Path current;
    private int sequence;

    /** Where a group ended: the file and its length with the group in it. */
    public record Written(URI responseId, String file, long length) {
    }

    /**
     * @param info   the warcinfo fields of every file (software, operator, robots policy, …)
     * @param opened told the name of each new file before anything is written to it
     */
    public WarcArchive(Path dir, long maxBytes, Map<String, List<String>> info, Consumer<String> opened) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.info = info;
        this.opened = opened;
    }

    /** Archives a response with its request and a metadata record of {@code fields}. */
    public synchronized Written response(Capture c, Map<String, List<String>> fields) throws IOException {
        HttpResponse http = httpResponse(c);
        WarcResponse response = new WarcResponse.Builder(URI.create(c.url()))
                .version(MessageVersion.WARC_1_1)
                .date(c.date())
                .ipAddress(c.ip())
                .body(http)
                .payloadDigest(sha1(c.body()))
                .blockDigest(sha1(concat(http.serializeHeader(), c.body())))
                .build();
        return group(c, response, fields);
    }

    /**
     * Archives a response whose payload is identical to one already archived as a revisit record (HTTP headers
     * only) referring to it.
     */
    public synchronized Written revisit(Capture c, String originalUrl, URI originalId, Instant originalDate,
                                        Map<String, List<String>> fields) throws IOException {
        HttpResponse headersOnly = httpResponse(c, new byte[0]);
        WarcRevisit revisit = new WarcRevisit.Builder(URI.create(c.url()), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .version(MessageVersion.WARC_1_1)
                .date(c.date())
                .ipAddress(c.ip())
                .refersTo(originalId, URI.create(originalUrl), originalDate)
                .payloadDigest(sha1(c.body()))
                .body(headersOnly)
                .build();
        return group(c, revisit, fields);
    }

    private Written group(Capture c, WarcRecord captured, Map<String, List<String>> fields) throws IOException {
        rotateIfNeeded();
        WarcRequest request = new WarcRequest.Builder(URI.create(c.url()))
                .version(MessageVersion.WARC_1_1)
                .date(c.date())
                .concurrentTo(captured.id())
                .body(httpRequest(c))
                .build();
        WarcMetadata.Builder metadata = new WarcMetadata.Builder()
                .version(MessageVersion.WARC_1_1)
                .targetURI(c.url())
                .date(c.date())
                .concurrentTo(captured.id())
                .fields(fields);
        writer.write(request);
        writer.write(captured);
        writer.write(metadata.build());
        return new Written(captured.id(), current.getFileName().toString(), writer.position());
    }

    private void rotateIfNeeded() throws IOException {
        if (writer != null && writer.position() < maxBytes) return;
        close();
        Files.createDirectories(dir);
        String name = PREFIX + FILE_TIME.format(Instant.now()) + "-" + String.format("%05d", sequence++) + SUFFIX;
        opened.accept(name);
        current = dir.resolve(name);
        writer = new org.netpreserve.jwarc.WarcWriter(FileChannel.open(current, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder()
                .version(MessageVersion.WARC_1_1)
                .date(Instant.now())
                .filename(name)
                .fields(info)
                .build());
    }

    /**
     * Cuts {@code file} back to {@code length} bytes (0 deletes it): what was written after the last commit is not
     * part of the archive.
     */
    public static void truncate(Path file, long length) throws IOException {
        if (!Files.exists(file) || Files.size(file) == length) return;
        if (length == 0) {
            Files.delete(file);
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(length);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) writer.close();
        writer = null;
    }

    private static HttpResponse httpResponse(Capture c) {
        return httpResponse(c, c.body());
    }

    private static HttpResponse httpResponse(Capture c, byte[] body) {
        HttpResponse.Builder b = new HttpResponse.Builder(c.status(), Reasons.of(c.status()))
                .version(MessageVersion.HTTP_1_1);
        for (Map.Entry<String, String> h : c.responseHeaders()) {
            // The HTTP client removed the chunked transfer coding and gives the body as it was before chunking;
            // the length field below describes that body.
            String name = h.getKey();
            if (name.equalsIgnoreCase("Transfer-Encoding") || name.equalsIgnoreCase("Content-Length")) continue;
            b.addHeader(name, h.getValue());
        }
        return b.body(null, body).build();
    }

    private static HttpRequest httpRequest(Capture c) {
        URI u = URI.create(c.url());
        String target = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        HttpRequest.Builder b = new HttpRequest.Builder("GET", target).version(MessageVersion.HTTP_1_1)
                .addHeader("Host", u.getRawAuthority());
        for (Map.Entry<String, String> h : c.requestHeaders()) b.addHeader(h.getKey(), h.getValue());
        return b.build();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** SHA-1 in base32, the digest every WARC tool (Heritrix, wget, pywb) writes and checks. */
    public static WarcDigest sha1(byte[] bytes) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JRE", e);
        }
    }
}
