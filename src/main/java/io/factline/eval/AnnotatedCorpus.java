package io.factline.eval;

import io.factline.model.Article;
import io.factline.model.Json;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.NlpPipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Runs the NLP stage over a set of articles for evaluation and training, on every core, optionally keeping each
 * analysis on disk so that the next run over the same texts does not repeat it. A cached analysis is keyed by the
 * article (text, title, language, date), by the NLP mode and by a fingerprint of the NLP code and the lexicons it
 * reads, so a change to either is never served a stale analysis.
 */
public final class AnnotatedCorpus {
    private static final List<String> NLP_MODEL_FILES = List.of("entities.tsv", "metrics.tsv", "currencies.tsv");

    private final NlpPipeline nlp;
    private final Path cache;

    /** @param cache a directory for analyses, or null for none */
    public AnnotatedCorpus(NlpPipeline nlp, Path cache) {
        this.nlp = nlp;
        this.cache = cache == null ? null
                : cache.resolve(fingerprint() + "-" + nlp.mode().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The analyses of the articles, in their order, and the seconds the NLP stage took (cache hits cost none). */
    public Result annotate(List<Article> articles, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Timed>> futures = new ArrayList<>();
            for (Article a : articles) futures.add(pool.submit(() -> one(a)));
            List<AnnotatedArticle> out = new ArrayList<>();
            double seconds = 0;
            int cached = 0;
            for (Future<Timed> f : futures) {
                Timed t = f.get();
                out.add(t.annotated());
                seconds += t.seconds();
                if (t.cached()) cached++;
            }
            return new Result(out, seconds, cached);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Analyses, the NLP seconds spent on them (summed over threads) and how many were read from the cache. */
    public record Result(List<AnnotatedArticle> articles, double nlpSeconds, int cached) {
    }

    private record Timed(AnnotatedArticle annotated, double seconds, boolean cached) {
    }

    private Timed one(Article a) throws IOException {
        Path file = cache == null ? null : cache.resolve(key(a) + ".json");
        if (file != null && Files.isRegularFile(file)) {
            return new Timed(Json.mapper().readValue(file.toFile(), AnnotatedArticle.class), 0, true);
        }
        long t0 = System.nanoTime();
        AnnotatedArticle annotated = nlp.annotate(a);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (file != null) {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "analysis", ".tmp");
            Json.mapper().writeValue(tmp.toFile(), annotated);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return new Timed(annotated, seconds, false);
    }

    private static String key(Article a) {
        return sha(String.join("\u0000", a.id(), String.valueOf(a.lang()), String.valueOf(a.published()),
                String.valueOf(a.title()), a.text()).getBytes(StandardCharsets.UTF_8));
    }

    /** A hash of the classes of {@code io.factline.nlp} and of the lexicons the NLP stage reads. */
    static String fingerprint() {
        return io.factline.ingest.CodeFingerprint.of(List.of("io/factline/nlp/"), NLP_MODEL_FILES);
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
