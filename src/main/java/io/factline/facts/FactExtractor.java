package io.factline.facts;

import io.factline.model.Fact;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Fact stage entry point. Reads each sentence's facts ({@link SentenceFacts}), carrying from sentence to
 * sentence what the article is speaking of (for "it", 该公司) and the periods it has named (for undated
 * figures), then merges what the article says twice ({@link FactMerger}).
 */
public final class FactExtractor {
    private final Registries registries;

    public FactExtractor(Registries registries) {
        this.registries = registries;
    }

    public List<Fact> extract(AnnotatedArticle annotated) {
        ArticleContext ctx = new ArticleContext(annotated, registries);
        PeriodContext periods = new PeriodContext();
        List<Fact> facts = new ArrayList<>();
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : annotated.sentences()) views.add(new SentenceView(s, ctx, registries));
        ctx.chooseTopic(views);
        EntityMention focus = ctx.topic();
        for (SentenceView view : views) {
            Sentence s = view.sentence;
            SentenceFacts sentenceFacts = new SentenceFacts(view, ctx, annotated.article(), focus, periods);
            List<Fact> found = sentenceFacts.extract();
            facts.addAll(found);
            // Periods a sentence names become the article's current period only when it speaks of figures or
            // metrics for them ("has to restate 2000 and 2003 results" is history) and makes no forecast or plan.
            boolean reports = (!view.values.isEmpty() || !view.metrics.isEmpty())
                    && !registries.cues().any(Cues.Kind.CLAIM, s.lang(), Cues.Position.CLAUSE, s.text());
            periods.see(sentenceFacts.statedPeriods(), reports ? sentenceFacts.namedPeriods() : List.of());
            focus = nextFocus(view, found, focus);
        }
        return FactMerger.merge(facts);
    }

    /**
     * "It" and "the company" in the next sentence speak of what this one stated a figure about, else of the
     * first actor it names.
     */
    private static EntityMention nextFocus(SentenceView view, List<Fact> found, EntityMention focus) {
        if (!found.isEmpty()) {
            Fact last = found.get(found.size() - 1);
            boolean known = last.entity() != null && !last.entity().equals(last.entityMention());
            return EntityMention.of(known ? last.entity() : null, last.entityMention(), -1, -1, EntityMention.Kind.ORG);
        }
        for (EntityMention e : view.entities) {
            if (!e.anaphor() && !e.governed() && !e.aside() && e.kind() != EntityMention.Kind.PROPER) return e;
        }
        return focus;
    }
}
