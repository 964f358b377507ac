package io.factline.timeline;

import io.factline.model.FactCsv;

import java.util.ArrayList;
import java.util.List;

/**
 * A timeline as CSV (RFC 4180): one row per point, with its first source (the number of sources in {@code sources}),
 * the same for the command line and the API.
 */
public final class TimelineCsv {
    public static final String HEADER =
            "as_of,value,value_high,unit,qualifier,claim,conflict,sources,doc,url,published,sentence";

    private TimelineCsv() {
    }

    /** The data rows, without line ends. */
    public static List<String> rows(Timeline t) {
        List<String> out = new ArrayList<>();
        for (TimelinePoint p : t.points()) {
            TimelinePoint.Source s = p.sources().get(0);
            out.add(FactCsv.row(List.of(nz(p.asOf()), FactCsv.number(p.value()),
                    p.valueHigh() == null ? "" : FactCsv.number(p.valueHigh()), p.unit(), p.qualifier(), p.claim(),
                    Boolean.toString(p.conflict()), Integer.toString(p.sources().size()), nz(s.doc()), nz(s.url()),
                    nz(s.published()), nz(s.sentence()))));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
