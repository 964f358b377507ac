package io.factline.crawl;

import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The records of a crawl's WARC files, read back with jwarc as any WARC tool would. */
record Archived(String type, String target, int status, Map<String, List<String>> fields, String version) {
    static List<Archived> read(Path dataDir) {
        List<Archived> out = new ArrayList<>();
        Path dir = Crawler.warcDir(dataDir);
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                try (WarcReader reader = new WarcReader(f)) {
                    for (WarcRecord r : reader) {
                        String target = r instanceof WarcCaptureRecord c ? c.target() : null;
                        int status = r instanceof WarcResponse resp ? resp.http().status()
                                : r instanceof WarcRevisit rev ? rev.http().status() : 0;
                        Map<String, List<String>> fields = r instanceof WarcMetadata m ? m.fields().map() : Map.of();
                        out.add(new Archived(r.type(), target, status, fields, r.version().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Targets of the records of one type, in archive order. */
    static List<String> targets(List<Archived> records, String type) {
        return records.stream().filter(r -> r.type().equals(type)).map(Archived::target).toList();
    }
}
