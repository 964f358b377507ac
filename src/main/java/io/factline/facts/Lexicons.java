package io.factline.facts;

import io.factline.model.ModelFile;
import io.factline.registry.EntityRegistry;
import io.factline.registry.Registries;

/**
 * What the fact stage reads text with: the entity registry, the metric words as a finder over sentences, and the cue
 * words of {@code models/cues.tsv} and {@code models/future.tsv}. Built once per registries.
 */
final class Lexicons {
    private static volatile Lexicons defaults;

    private final Registries registries;
    private final MetricWords metrics;
    private final Cues cues;

    private Lexicons(Registries registries) {
        this.registries = registries;
        this.metrics = new MetricWords(registries.metrics());
        this.cues = new Cues(ModelFile.load("cues.tsv"), ModelFile.load("future.tsv"));
    }

    static Lexicons of(Registries registries) {
        Lexicons l = defaults;
        if (l == null || l.registries != registries) {
            synchronized (Lexicons.class) {
                if (defaults == null || defaults.registries != registries) defaults = new Lexicons(registries);
                l = defaults;
            }
        }
        return l;
    }

    EntityRegistry entities() {
        return registries.entities();
    }

    MetricWords metrics() {
        return metrics;
    }

    Cues cues() {
        return cues;
    }
}
