package io.factline.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts as CSV (RFC 4180): one header line, then one row per fact with the fields of the JSON form in the same
 * order, {@code confidence} last (it came later: tools that read columns by position keep working). Numbers are
 * written as in the data: no exponent, no trailing zeros.
 */
public final class FactCsv {
    public static final List<String> COLUMNS = List.of("id", "doc", "entity", "entity_mention", "metric", "value",
            "value_high", "unit", "qualifier", "yoy", "as_of", "claim", "speaker", "sentence", "start", "end", "lang",
            "url", "title", "published", "source", "confidence");

    private FactCsv() {
    }

    public static String header() {
        return String.join(",", COLUMNS);
    }

    /** The row of a fact, without the line ending. */
    public static String row(Fact f) {
        List<String> cells = new ArrayList<>();
        cells.add(f.id());
        cells.add(f.doc());
        cells.add(f.entity());
        cells.add(f.entityMention());
        cells.add(f.metric());
        cells.add(number(f.value()));
        cells.add(f.valueHigh() == null ? "" : number(f.valueHigh()));
        cells.add(f.unit());
        cells.add(f.qualifier());
        cells.add(f.yoy() == null ? "" : number(f.yoy()));
        cells.add(f.asOf());
        cells.add(f.claim());
        cells.add(f.speaker());
        cells.add(f.sentence());
        cells.add(Integer.toString(f.start()));
        cells.add(Integer.toString(f.end()));
        cells.add(f.lang());
        cells.add(f.url());
        cells.add(f.title());
        cells.add(f.published());
        cells.add(f.source());
        cells.add(f.confidence() == null ? "" : number(f.confidence()));
        return row(cells);
    }

    /** Cells joined by commas; a cell with a comma, quote or line break is quoted. Null cells are empty. */
    public static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A number as written in data: no exponent, no trailing zeros. */
    public static String number(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
