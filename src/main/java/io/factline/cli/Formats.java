package io.factline.cli;

import io.factline.model.Fact;
import io.factline.model.Json;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writing facts as JSON Lines and CSV (RFC 4180), and numbers for people. */
final class Formats {
    static final List<String> FACT_COLUMNS = List.of("id", "doc", "entity", "entity_mention", "metric", "value",
            "value_high", "unit", "qualifier", "yoy", "as_of", "claim", "speaker", "sentence", "start", "end", "lang",
            "url", "title", "published", "source");

    private Formats() {
    }

    static void jsonLine(PrintStream out, Object value) {
        try {
            out.println(Json.mapper().writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void factCsvHeader(PrintStream out) {
        out.println(String.join(",", FACT_COLUMNS));
    }

    static void factCsv(PrintStream out, Fact f) {
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
        out.println(csvRow(cells));
    }

    static String csvRow(List<String> cells) {
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
    static String number(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A value for people: 600 million, 41.7 billion, 12%. */
    static String human(double v, String unit) {
        if ("ratio".equals(unit)) return number(Math.round(v * 10000) / 100.0) + "%";
        double a = Math.abs(v);
        String s;
        if (a >= 1e12) s = trim(v / 1e12) + " trillion";
        else if (a >= 1e9) s = trim(v / 1e9) + " billion";
        else if (a >= 1e6) s = trim(v / 1e6) + " million";
        else s = String.format(Locale.ROOT, "%,.0f", v);
        return s + (unit == null ? "" : " " + unit);
    }

    private static String trim(double v) {
        return number(Math.round(v * 1000) / 1000.0);
    }
}
