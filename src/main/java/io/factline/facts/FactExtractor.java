package io.factline.facts;

import io.factline.registry.Registries;
import io.factline.model.Fact;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Fact stage entry point. Proposes candidate facts sentence by sentence ({@link SentenceFacts}), carrying from
 * sentence to sentence what the article is speaking of (for "it", 该公司) and the periods it has named (for
 * undated figures); the trained {@link FactScorer} judges each candidate, and each number becomes at most one
 * fact, with its confidence ({@link Extraction}).
 */
public final class FactExtractor {
    private final Lexicons registries;
    private final FactScorer scorer;
    private final TopicScorer topics;

    public FactExtractor(Registries registries) {
        this(registries, FactScorer.load(), TopicScorer.load());
    }

    public FactExtractor(Registries registries, FactScorer scorer, TopicScorer topics) {
        this.registries = Lexicons.of(registries);
        this.scorer = scorer;
        this.topics = topics;
    }

    public FactScorer scorer() {
        return scorer;
    }

    /** Facts of at least the scorer's default confidence. */
    public List<Fact> extract(AnnotatedArticle annotated) {
        return extract(annotated, scorer.defaultMinConfidence());
    }

    /** Facts of at least the given confidence (0: every number's best reading). */
    public List<Fact> extract(AnnotatedArticle annotated, double minConfidence) {
        Extraction x = analyse(annotated);
        return x.select(confidences(x), minConfidence);
    }

    /** The scorer's confidence in each candidate of an extraction. */
    public double[] confidences(Extraction x) {
        double[] c = new double[x.candidates().size()];
        for (int i = 0; i < c.length; i++) {
            FactCandidate k = x.candidates().get(i);
            c[i] = scorer.confidence(k.features(), k.fact().lang());
        }
        return c;
    }

    /** Every candidate fact of the article, with its features: what the scorer judges and is trained on. */
    public Extraction analyse(AnnotatedArticle annotated) {
        return analyse(annotated, topics.probability(annotated));
    }

    /**
     * Every candidate fact of the article, given how likely the article is about companies' business (training
     * passes a probability from a topic model that did not see the article).
     */
    public Extraction analyse(AnnotatedArticle annotated, double aboutBusiness) {
        ArticleContext ctx = new ArticleContext(annotated, registries, aboutBusiness);
        PeriodContext periods = new PeriodContext();
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : annotated.sentences()) views.add(new SentenceView(s, ctx, registries));
        ctx.chooseTopic(views);
        EntityMention focus = ctx.topic();
        List<FactCandidate> candidates = new ArrayList<>();
        int[] groups = {0};
        for (SentenceView view : views) {
            Sentence s = view.sentence;
            SentenceFacts sentenceFacts = new SentenceFacts(view, ctx, annotated.article(), focus, periods);
            List<FactCandidate> found = sentenceFacts.candidates(groups, candidates.size());
            candidates.addAll(found);
            // Periods a sentence names become the article's current period only when it speaks of figures or
            // metrics for them ("has to restate 2000 and 2003 results" is history) and makes no forecast or plan.
            boolean reports = (!view.values.isEmpty() || !view.metrics.isEmpty())
                    && !registries.cues().any(Cues.Kind.CLAIM, s.lang(), Cues.Position.CLAUSE, s.text());
            periods.see(sentenceFacts.statedPeriods(), reports ? sentenceFacts.namedPeriods() : List.of());
            List<Fact> ruled = new ArrayList<>();
            for (FactCandidate c : found) if (c.rule() && c.parent() < 0) ruled.add(c.fact());
            focus = nextFocus(view, ctx, ruled, focus);
        }
        return new Extraction(candidates, views);
    }

    /**
     * "It" and "the company" in the next sentence speak of what this one stated a figure about, else of the
     * first actor it names.
     */
    private static EntityMention nextFocus(SentenceView view, ArticleContext ctx, List<Fact> found, EntityMention focus) {
        if (!found.isEmpty()) return ctx.focusOf(found.get(found.size() - 1));
        for (EntityMention e : view.entities) {
            if (!e.anaphor() && !e.governed() && !e.aside() && e.kind() != EntityMention.Kind.PROPER) return e;
        }
        return focus;
    }
}
