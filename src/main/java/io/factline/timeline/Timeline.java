package io.factline.timeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.factline.index.FactQuery;
import io.factline.index.IndexReaderSession;
import io.factline.model.Fact;
import io.factline.model.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline of one metric of one entity.
 *
 * @param entity the entity asked for
 * @param metric the metric asked for
 * @param points dated points by period (then claim: reported before pledge before forecast), undated ones last
 */
@JsonPropertyOrder({"entity", "metric", "points"})
public record Timeline(@JsonProperty("entity") String entity, @JsonProperty("metric") String metric,
                       @JsonProperty("points") List<TimelinePoint> points) {

    /**
     * Reads the facts of {@code entity}/{@code metric} of at least the given confidence from the index and builds
     * the timeline.
     */
    public static Timeline of(IndexReaderSession index, String entity, String metric, double minConfidence) {
        return build(entity, metric, index.facts(FactQuery.of(entity, metric, minConfidence)));
    }

    /** Groups equal facts of several articles into one point and flags periods whose values disagree. */
    public static Timeline build(String entity, String metric, List<Fact> facts) {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = String.join("|", String.valueOf(f.asOf()), Double.toString(f.value()),
                    String.valueOf(f.valueHigh()), f.unit(), f.qualifier(), f.claim());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<TimelinePoint> points = new ArrayList<>();
        for (List<Fact> g : groups.values()) {
            Fact f = g.get(0);
            List<TimelinePoint.Source> sources = g.stream()
                    .sorted(Comparator.comparing((Fact x) -> x.published() == null ? "9999" : x.published())
                            .thenComparing(Fact::doc))
                    .map(x -> new TimelinePoint.Source(x.doc(), x.url(), x.title(), x.published(), x.source(),
                            x.entityMention(), x.speaker(), x.sentence(), x.start(), x.end(), x.lang()))
                    .toList();
            points.add(new TimelinePoint(f.asOf(), f.value(), f.valueHigh(), f.unit(), f.qualifier(), f.claim(),
                    false, sources));
        }
        points = flagConflicts(points);
        points.sort(ORDER);
        return new Timeline(entity, metric, points);
    }

    /**
     * Two points of one period and claim conflict when no value satisfies both: "= 600 million" and "= 500
     * million" conflict, "> 400 million" and "= 420 million" do not. "~" allows 10 % either way.
     */
    private static List<TimelinePoint> flagConflicts(List<TimelinePoint> points) {
        List<TimelinePoint> out = new ArrayList<>();
        for (TimelinePoint p : points) {
            boolean conflict = false;
            for (TimelinePoint o : points) {
                if (o == p || p.asOf() == null || !p.asOf().equals(o.asOf()) || !p.claim().equals(o.claim())
                        || !p.unit().equals(o.unit())) continue;
                if (!Bounds.of(p).overlaps(Bounds.of(o))) conflict = true;
            }
            out.add(new TimelinePoint(p.asOf(), p.value(), p.valueHigh(), p.unit(), p.qualifier(), p.claim(), conflict,
                    p.sources()));
        }
        return out;
    }

    /** The values a statement allows: an interval, each end open or closed. */
    private record Bounds(double lo, boolean loOpen, double hi, boolean hiOpen) {
        static Bounds of(TimelinePoint p) {
            double v = p.value();
            return switch (p.qualifier()) {
                case ">" -> new Bounds(v, true, Double.POSITIVE_INFINITY, true);
                case ">=" -> new Bounds(v, false, Double.POSITIVE_INFINITY, true);
                case "<" -> new Bounds(Double.NEGATIVE_INFINITY, true, v, true);
                case "<=" -> new Bounds(Double.NEGATIVE_INFINITY, true, v, false);
                case "~" -> new Bounds(Math.min(0.9 * v, 1.1 * v), false, Math.max(0.9 * v, 1.1 * v), false);
                case "range" -> new Bounds(v, false, p.valueHigh() == null ? v : p.valueHigh(), false);
                default -> new Bounds(v, false, v, false);
            };
        }

        boolean overlaps(Bounds o) {
            double lo2 = Math.max(lo, o.lo), hi2 = Math.min(hi, o.hi);
            if (lo2 < hi2) return true;
            if (lo2 > hi2) return false;
            boolean openLo = lo == lo2 && loOpen || o.lo == lo2 && o.loOpen;
            boolean openHi = hi == hi2 && hiOpen || o.hi == hi2 && o.hiOpen;
            return !openLo && !openHi;
        }
    }

    private static final Comparator<TimelinePoint> ORDER = Comparator
            .comparing((TimelinePoint p) -> start(p.asOf()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> end(p.asOf()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> claimOrder(p.claim()))
            .thenComparingDouble(TimelinePoint::value);

    private static LocalDate start(String asOf) {
        return Period.parse(asOf).map(Period::first).orElse(null);
    }

    private static LocalDate end(String asOf) {
        return Period.parse(asOf).map(Period::last).orElse(null);
    }

    private static int claimOrder(String claim) {
        return switch (claim) {
            case Fact.REPORTED -> 0;
            case Fact.PLEDGE -> 1;
            default -> 2;
        };
    }
}
