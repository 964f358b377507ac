package io.factline.registry;

import io.factline.model.ModelFile;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The entity and metric registries of {@code models/}, loaded once: what every stage needs to name companies and
 * metrics the same way (the fact stage, the index, search, timelines, the server). Adding a company or a metric word
 * is an edit of those files, not of code.
 */
public final class Registries {
    private static volatile Registries defaults;

    private final EntityRegistry entities;
    private final Metrics metrics;

    private Registries(EntityRegistry entities, Metrics metrics) {
        this.entities = entities;
        this.metrics = metrics;
    }

    /** The registries packaged with factline (the project's {@code models/} folder). */
    public static Registries load() {
        Registries r = defaults;
        if (r == null) {
            synchronized (Registries.class) {
                if (defaults == null) {
                    defaults = new Registries(new EntityRegistry(ModelFile.load("entities.tsv")),
                            new Metrics(ModelFile.load("metrics.tsv")));
                }
                r = defaults;
            }
        }
        return r;
    }

    public EntityRegistry entities() {
        return entities;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Words the Chinese segmenter must keep whole: entity names and metric words. */
    public Set<String> chineseUserWords() {
        Set<String> words = new LinkedHashSet<>(entities.chineseNames());
        words.addAll(metrics.chineseWords());
        return words;
    }
}
