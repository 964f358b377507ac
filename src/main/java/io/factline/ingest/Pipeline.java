package io.factline.ingest;

import io.factline.facts.FactExtractor;
import io.factline.registry.Registries;
import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.NlpMode;
import io.factline.nlp.NlpPipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * content → nlp → facts for one article at a time. Holds the NLP models: create one per process. Thread-safe.
 */
public final class Pipeline {
    private static final List<String> MODEL_FILES = List.of("entities.tsv", "metrics.tsv", "cues.tsv", "currencies.tsv",
            "future.tsv", "fact-scorer.tsv", "topic-scorer.tsv");

    private final Registries registries;
    private final NlpPipeline nlp;
    private final FactExtractor facts;
    private final String version;
    private final double minConfidence;

    /** A pipeline that keeps the facts of at least the fact scorer's default confidence. */
    public Pipeline(Registries registries) {
        this(registries, Double.NaN);
    }

    /** @param minConfidence facts below it are left out; NaN: the fact scorer's default */
    public Pipeline(Registries registries, double minConfidence) {
        this(registries, minConfidence, NlpMode.FAST);
    }

    /**
     * @param minConfidence facts below it are left out; NaN: the fact scorer's default
     * @param mode          how English text is analysed
     */
    public Pipeline(Registries registries, double minConfidence, NlpMode mode) {
        this.registries = registries;
        this.nlp = new NlpPipeline(registries.chineseUserWords(), mode);
        this.facts = new FactExtractor(registries);
        this.minConfidence = Double.isNaN(minConfidence) ? facts.scorer().defaultMinConfidence() : minConfidence;
        this.version = computeVersion() + "@" + this.minConfidence + (mode == NlpMode.FAST ? "" : "/" + mode);
    }

    /** The confidence below which facts are left out. */
    public double minConfidence() {
        return minConfidence;
    }

    public ExtractedArticle process(Article article) {
        return finish(nlp.annotate(article));
    }

    /** The facts and the registry's entities of an analysed article: what follows the NLP in {@link #process}. */
    public ExtractedArticle finish(AnnotatedArticle annotated) {
        List<Fact> found = facts.extract(annotated, minConfidence);
        Set<String> entities = new LinkedHashSet<>(registries.entities().namedIn(annotated.article().text()));
        if (annotated.article().title() != null) entities.addAll(registries.entities().namedIn(annotated.article().title()));
        return new ExtractedArticle(annotated.article(), found, entities, annotated.analysedChars());
    }

    /** What an index entry was made with: the code version, the content of the models, the confidence floor. */
    public String version() {
        return version;
    }

    public NlpPipeline nlp() {
        return nlp;
    }

    public FactExtractor facts() {
        return facts;
    }

    /** The classes that turn a page into facts, and the models they read. */
    private static String computeVersion() {
        return CodeFingerprint.of(List.of("io/factline/content/", "io/factline/nlp/", "io/factline/facts/",
                "io/factline/ingest/", "io/factline/model/"), MODEL_FILES);
    }
}
