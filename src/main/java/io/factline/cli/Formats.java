package io.factline.cli;

import io.factline.model.Fact;
import io.factline.model.FactCsv;
import io.factline.model.Json;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Writing facts as JSON Lines and CSV (RFC 4180), and numbers for people. */
final class Formats {
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
        out.println(FactCsv.header());
    }

    static void factCsv(PrintStream out, Fact f) {
        out.println(FactCsv.row(f));
    }

    static String csvRow(List<String> cells) {
        return FactCsv.row(cells);
    }

    static String number(double v) {
        return FactCsv.number(v);
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
