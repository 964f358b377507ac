package io.factline.cli;

import io.factline.nlp.NlpMode;
import io.factline.nlp.NlpTimes;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What {@code bench extract} measured for one pipeline, as text for people and JSON for tools. */
record BenchReport(NlpMode mode, int articles, int failed, long problems, int facts, long chars, long bytes,
                   double seconds, int threads, long peakHeap, long maxHeap, Map<String, LongAdder> stages,
                   Map<NlpTimes.Step, Long> nlpSteps, int warmedUp, double jitSeconds) {
    double perSecond() {
        return articles / seconds;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "bench extract: %,d articles (%,d characters, %.2f MB of text) in %.1f s on %d threads, %s NLP%s%n",
                articles, chars, bytes / 1e6, seconds, threads, mode.name().toLowerCase(Locale.ROOT),
                failed > 0 ? String.format(Locale.ROOT, "; %d failed", failed) : "");
        out.printf(Locale.ROOT, "  %.2f articles/s   %,.0f characters/s   %.3f MB/s   %,d facts%n", articles / seconds,
                chars / seconds, bytes / 1e6 / seconds, facts);
        out.printf(Locale.ROOT, "  peak heap %.2f GB (of %.2f GB allowed)%n", peakHeap / 1e9, maxHeap / 1e9);
        if (jitSeconds >= 0) {
            out.printf(Locale.ROOT, "  %s; JIT compilers busy %.1f s during the run%n", warmedUp == 0
                    ? "cold JVM (first pass)" : String.format(Locale.ROOT, "warm JVM (after %d uncounted %s)", warmedUp,
                    warmedUp == 1 ? "pass" : "passes"), jitSeconds);
        }
        double total = 0;
        for (LongAdder a : stages.values()) total += a.sum();
        out.printf(Locale.ROOT, "  time per stage (summed over threads):%n");
        for (var e : stages.entrySet()) {
            double s = e.getValue().sum() / 1e9;
            if (e.getKey().equals(BenchRun.INDEX) && s == 0) continue;
            out.printf(Locale.ROOT, "    %-58s %9.1f s %6.1f %%%n", e.getKey(), s, total == 0 ? 0 : 100 * e.getValue().sum() / total);
            if (e.getKey().equals(BenchRun.NLP)) {
                long steps = 0;
                for (long v : nlpSteps.values()) steps += v;
                long rest = e.getValue().sum() - steps;
                for (var step : nlpSteps.entrySet()) {
                    if (step.getValue() == 0) continue;
                    out.printf(Locale.ROOT, "      %-56s %9.1f s %6.1f %%%n", step.getKey().label(), step.getValue() / 1e9,
                            100 * step.getValue() / total);
                }
                if (rest > 0) {
                    out.printf(Locale.ROOT, "      %-56s %9.1f s %6.1f %%%n", "models loaded during the run, languages, the rest",
                            rest / 1e9, 100 * rest / total);
                }
            }
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nlp", mode.name().toLowerCase(Locale.ROOT));
        m.put("articles", articles);
        m.put("failed", failed);
        m.put("facts", facts);
        m.put("characters", chars);
        m.put("bytes", bytes);
        m.put("seconds", seconds);
        m.put("threads", threads);
        m.put("articles_per_second", articles / seconds);
        m.put("characters_per_second", chars / seconds);
        m.put("mb_per_second", bytes / 1e6 / seconds);
        m.put("peak_heap_bytes", peakHeap);
        m.put("max_heap_bytes", maxHeap);
        m.put("warm_up_passes", warmedUp);
        if (jitSeconds >= 0) m.put("jit_seconds", jitSeconds);
        Map<String, Object> st = new LinkedHashMap<>();
        for (var e : stages.entrySet()) st.put(e.getKey().replace(' ', '_'), e.getValue().sum() / 1e9);
        m.put("stage_seconds", st);
        Map<String, Object> nlp = new LinkedHashMap<>();
        for (var e : nlpSteps.entrySet()) nlp.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue() / 1e9);
        m.put("nlp_step_seconds", nlp);
        return m;
    }
}
