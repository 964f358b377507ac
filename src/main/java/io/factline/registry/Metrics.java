package io.factline.registry;

import io.factline.model.ModelFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metrics of {@code models/metrics.tsv}: each id with its unit, its sign and the words that name it in both
 * languages. Several rows may share an id (净亏损 names net_profit with a minus sign).
 */
public final class Metrics {
    /** One row: a metric and its words ("…" in a word allows a few words in between). */
    public record Definition(Metric metric, List<String> zh, List<String> en, List<String> context) {
    }

    private final List<Definition> definitions = new ArrayList<>();
    private final Map<String, List<Definition>> byId = new LinkedHashMap<>();

    Metrics(ModelFile file) {
        int id = file.column("id"), unit = file.column("unit"), sign = file.column("sign"), zh = file.column("zh"),
                en = file.column("en"), context = file.column("context"), counters = file.column("counters");
        for (String[] row : file.rows()) {
            Metric m = new Metric(row[id].strip(), row[unit].strip(), row[sign].strip().equals("-"),
                    Set.copyOf(ModelFile.alternatives(row[counters])));
            Definition d = new Definition(m, ModelFile.alternatives(row[zh]), ModelFile.alternatives(row[en]),
                    ModelFile.alternatives(row[context]));
            definitions.add(d);
            byId.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(d);
        }
    }

    /** Every row, in the file's order. */
    public List<Definition> definitions() {
        return Collections.unmodifiableList(definitions);
    }

    /** The metric of an id (its first row when several rows share it). */
    public Optional<Metric> metric(String id) {
        List<Definition> ds = byId.get(id);
        return ds == null ? Optional.empty() : Optional.of(ds.get(0).metric());
    }

    public boolean isKnown(String id) {
        return byId.containsKey(id);
    }

    /** The metric ids, in the file's order. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    /**
     * The words that name a metric on their own (of its rows that are not its negative: 净亏损 is not a name of
     * net profit), Chinese and English, without the patterns that have gaps.
     */
    public Set<String> names(String id) {
        Set<String> out = new LinkedHashSet<>();
        for (Definition d : byId.getOrDefault(id, List.of())) {
            if (d.metric().negative()) continue;
            for (String w : d.zh()) if (!w.contains("…")) out.add(w);
            for (String w : d.en()) if (!w.contains("…")) out.add(w);
        }
        return out;
    }

    /** Chinese metric words without gaps, for the segmenter's user dictionary. */
    public Set<String> chineseWords() {
        Set<String> out = new LinkedHashSet<>();
        for (Definition d : definitions) {
            for (String w : d.zh()) if (!w.contains("…")) out.add(w.strip());
            for (String w : d.context()) if (!w.contains("…") && isChinese(w)) out.add(w.strip());
        }
        return out;
    }

    static boolean isChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
