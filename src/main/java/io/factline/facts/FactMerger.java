package io.factline.facts;

import io.factline.model.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article stating a fact twice states one fact: merged, with every sentence as provenance. A restatement
 * that does not date the value (a headline, a summary line) joins the dated statement of the same value.
 */
final class FactMerger {
    private FactMerger() {
    }

    static List<Fact> merge(List<Fact> facts) {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) groups.computeIfAbsent(f.sameFactKey(), k -> new ArrayList<>()).add(f);
        List<List<Fact>> merged = new ArrayList<>(groups.values());
        // Undated restatements join a dated fact of the same entity, metric, value, unit and claim.
        List<List<Fact>> undated = new ArrayList<>();
        for (List<Fact> g : merged) if (g.get(0).asOf() == null) undated.add(g);
        for (List<Fact> u : undated) {
            Fact f = u.get(0);
            for (List<Fact> g : merged) {
                if (g.isEmpty()) continue; // an undated group already joined to another
                Fact d = g.get(0);
                if (g != u && d.asOf() != null && d.entity().equals(f.entity()) && d.metric().equals(f.metric())
                        && d.value() == f.value() && Objects.equals(d.valueHigh(), f.valueHigh())
                        && d.unit().equals(f.unit()) && d.claim().equals(f.claim())) {
                    g.addAll(u);
                    u.clear();
                    break;
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        for (List<Fact> g : merged) {
            if (g.isEmpty()) continue;
            g.sort((a, b) -> Integer.compare(a.start(), b.start()));
            Fact dated = g.stream().filter(x -> x.asOf() != null).findFirst().orElse(g.get(0));
            // The statement that dates the value is the one to quote; the others are further provenance.
            Fact first = dated;
            List<Fact.Evidence> more = new ArrayList<>();
            String speaker = null;
            Double yoy = null, confidence = null;
            for (Fact f : g) {
                if (speaker == null) speaker = f.speaker();
                if (yoy == null) yoy = f.yoy();
                // Said twice, a fact is as sure as its surest statement.
                if (f.confidence() != null && (confidence == null || f.confidence() > confidence)) confidence = f.confidence();
                if (f != first && more.stream().noneMatch(e -> e.start() == f.start())) {
                    more.add(new Fact.Evidence(f.sentence(), f.start(), f.end()));
                }
            }
            more.removeIf(e -> e.start() == first.start());
            out.add(new Fact(null, dated.doc(), dated.entity(), first.entityMention(), dated.metric(), dated.value(),
                    dated.valueHigh(), dated.unit(), dated.qualifier(), yoy, dated.asOf(), dated.claim(), speaker,
                    first.sentence(), first.start(), first.end(), more, dated.lang(), dated.url(), dated.title(),
                    dated.published(), dated.source(), confidence));
        }
        return out;
    }
}
