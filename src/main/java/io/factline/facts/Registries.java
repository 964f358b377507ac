package io.factline.facts;

import io.factline.model.ModelFile;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The registries and lexicons of {@code models/}, loaded once: entities, metrics and cue words. Adding a
 * company, a metric word or a cue is an edit of those files, not of code.
 */
public final class Registries {
    private static volatile Registries defaults;

    private final EntityRegistry entities;
    private final MetricRegistry metrics;
    private final Cues cues;

    private Registries(EntityRegistry entities, MetricRegistry metrics, Cues cues) {
        this.entities = entities;
        this.metrics = metrics;
        this.cues = cues;
    }

    /** The registries packaged with factline (the project's {@code models/} folder). */
    public static Registries load() {
        Registries r = defaults;
        if (r == null) {
            synchronized (Registries.class) {
                if (defaults == null) {
                    defaults = new Registries(new EntityRegistry(ModelFile.load("entities.tsv")),
                            new MetricRegistry(ModelFile.load("metrics.tsv")), new Cues(ModelFile.load("cues.tsv"), ModelFile.load("future.tsv")));
                }
                r = defaults;
            }
        }
        return r;
    }

    public EntityRegistry entities() {
        return entities;
    }

    public MetricRegistry metrics() {
        return metrics;
    }

    Cues cues() {
        return cues;
    }

    /** Words the Chinese segmenter must keep whole: entity names and metric words. */
    public Set<String> chineseUserWords() {
        Set<String> words = new LinkedHashSet<>(entities.chineseNames());
        words.addAll(metrics.chineseWords());
        return words;
    }
}
