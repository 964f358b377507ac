package io.factline.cli;

import io.factline.eval.GoldFact;
import io.factline.eval.GoldSet;
import io.factline.eval.SilverSet;
import io.factline.ingest.InputReader;
import io.factline.model.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annotated document sets fact evaluation and training read: the published development gold of
 * {@code ../shared/corpora/news} ({@code dev}) and the splits of the project's silver annotations
 * ({@code train}, {@code test}: see silver/README.md).
 */
final class FactSets {
    private FactSets() {
    }

    /**
     * Annotated documents: their texts, their facts, which are off-topic, and which of them the hand-written rules
     * were drawn from (silver's news stratum: easier for the rules than any new article).
     */
    record Loaded(String name, List<Article> articles, List<GoldFact> gold, Set<String> offTopic, Set<String> rulesDrawnFrom) {
        Loaded(String name, List<Article> articles, List<GoldFact> gold, Set<String> offTopic) {
            this(name, articles, gold, offTopic, Set.of());
        }
    }

    /** The project root: the launcher's factline.home, else the working directory. */
    static Path home() {
        String home = System.getProperty("factline.home");
        return (home != null ? Path.of(home) : Path.of("")).toAbsolutePath().normalize();
    }

    static Path shared() {
        return home().resolve("..").resolve("shared").resolve("corpora").normalize();
    }

    /** The silver annotations, their texts read from the shared corpora. */
    static SilverSet silverSet() {
        if (!Files.isDirectory(shared())) {
            throw new UsageException("the silver documents are read from " + shared() + ", which is not there");
        }
        return SilverSet.read(home().resolve("silver"), shared());
    }

    static Loaded silver(String split) {
        SilverSet set = silverSet();
        List<Article> articles = new ArrayList<>();
        Set<String> offTopic = new HashSet<>(), rulesDrawnFrom = new HashSet<>();
        for (SilverSet.Doc d : set.docs(split, null)) {
            articles.add(d.article());
            if (d.offTopic()) offTopic.add(d.id());
            if (d.kind().startsWith("news")) rulesDrawnFrom.add(d.id());
        }
        return new Loaded(split, articles, set.gold(split).facts(), offTopic, rulesDrawnFrom);
    }

    /** A gold file and its documents, read from article files (by default the published dev gold). */
    static Loaded gold(Path goldFile, Path docsFile, List<String> inputs) {
        Path gold = goldFile != null ? goldFile : shared().resolve("news").resolve("gold-dev.jsonl");
        if (!Files.isRegularFile(gold)) throw new UsageException("no gold file at " + gold + " (use --gold FILE)");
        Path docs = docsFile != null ? docsFile : gold.resolveSibling("gold-dev.docs");
        if (docsFile == null && !Files.isRegularFile(docs)) docs = null;
        GoldSet set = GoldSet.read(gold, docs);
        List<String> paths = inputs != null && !inputs.isEmpty() ? inputs : List.of(
                gold.resolveSibling("en").toString(), gold.resolveSibling("zh").toString(),
                gold.resolveSibling("headlines").toString());
        Map<String, Article> byId = new LinkedHashMap<>();
        new InputReader(null, problem -> Streams.err().println("eval: " + problem)).read(paths, a -> {
            if (set.docs().contains(a.id())) byId.putIfAbsent(a.id(), a);
        });
        if (byId.size() < set.docs().size()) {
            Streams.err().printf("eval: %d of the %d gold documents were not found in the inputs%n",
                    set.docs().size() - byId.size(), set.docs().size());
        }
        return new Loaded(goldFile == null ? "dev" : gold.getFileName().toString(), new ArrayList<>(byId.values()),
                set.facts(), Set.of());
    }
}
