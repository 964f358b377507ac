package io.factline.server;

import io.factline.index.IndexReaderSession;
import io.factline.index.FactQuery;
import io.factline.model.FactCsv;
import io.factline.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/facts?entity=&metric=&claim=&from=&to=&min_confidence=&format=jsonl|csv}: the indexed facts, of
 * at least the confidence asked for (the server's floor by default), in period order,
 * in the JSON form of DESIGN.md (one object per line) or as CSV, written as they are read.
 */
final class FactsRoute implements Route {
    private final IndexReaderSession index;
    private final Lookups lookups;

    FactsRoute(IndexReaderSession index, Lookups lookups) {
        this.index = index;
        this.lookups = lookups;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("entity", "metric", "claim", "from", "to", "format", "min_confidence");
    }

    @Override
    public void answer(String tail, Params p, Reply reply) throws IOException {
        LocalDate[] range = Lookups.range(p);
        String claim = p.oneOf("claim", List.of("reported", "pledge", "forecast"), null);
        boolean csv = p.oneOf("format", List.of("jsonl", "csv"), "jsonl").equals("csv");
        FactQuery q = new FactQuery(lookups.entity(p), lookups.metric(p), claim, range[0], range[1], null, 0,
                lookups.minConfidence(p));
        reply.stream(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8", out -> {
            if (csv) out.write(FactCsv.header() + "\r\n");
            index.facts(q, f -> {
                try {
                    // RFC 4180 ends records with CRLF; JSON Lines with LF.
                    out.write(csv ? FactCsv.row(f) + "\r\n" : Json.mapper().writeValueAsString(f) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
    }
}
