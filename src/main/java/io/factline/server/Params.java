package io.factline.server;

import io.factline.model.Period;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a request, decoded as UTF-8, with typed getters that turn a bad value into a 400 naming
 * the parameter. An empty value counts as absent ({@code ?lang=} does not filter). A parameter the route does not
 * know is an error too, so a typo ({@code ?metirc=DAU}) is not silently ignored.
 */
final class Params {
    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params parse(String rawQuery, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw HttpError.badRequest("unknown parameter '" + name + "'; this endpoint takes: "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
                if (values.containsKey(name)) throw HttpError.badRequest("parameter '" + name + "' given twice");
                values.put(name, value);
            }
        }
        return new Params(values);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed percent-encoding in the query string");
        }
    }

    /** The value, stripped; null when absent or blank. */
    String string(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String name) {
        String v = string(name);
        if (v == null) throw HttpError.badRequest("parameter '" + name + "' is required");
        return v;
    }

    int integer(String name, int defaultValue, int min, int max) {
        String v = string(name);
        if (v == null) return defaultValue;
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpError.badRequest(name + ": expected a whole number from " + min + " to " + max + ", not '" + v + "'");
    }

    /** A number from 0 to 1 ({@code min_confidence}), or {@code defaultValue} when absent. */
    double fraction(String name, double defaultValue) {
        String v = string(name);
        if (v == null) return defaultValue;
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && d <= 1) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpError.badRequest(name + ": expected a number from 0 to 1, not '" + v + "'");
    }

    /** A day or period (2020, 2020-09, 2020-09-16, 2020-Q3): its first day, or its last when {@code upper}. */
    LocalDate date(String name, boolean upper) {
        String v = string(name);
        if (v == null) return null;
        return Period.bound(v, upper).orElseThrow(() -> HttpError.badRequest(
                name + ": not a date: '" + v + "' (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn)"));
    }

    /** One of the given values (case-insensitive, returned as listed), or {@code defaultValue} when absent. */
    String oneOf(String name, List<String> allowed, String defaultValue) {
        String v = string(name);
        if (v == null) return defaultValue;
        for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
        throw HttpError.badRequest(name + ": expected " + String.join(" or ", allowed) + ", not '" + v + "'");
    }
}
