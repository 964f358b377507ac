package io.factline.facts;

import io.factline.registry.Entity;
import io.factline.registry.EntityRegistry;
import io.factline.registry.Phrases;
import io.factline.model.Mention;
import io.factline.model.MentionType;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence needs to know about its article: which entities and metrics the article names plainly (so
 * that context-only names may count), the entity the article is about, and currency notes that re-define
 * 元 for the rest of the article ("(美元．下同)").
 */
final class ArticleContext {
    /** "(美元．下同)", "（单位：港元，下同）": the currency words are those of models/currencies.tsv. */
    private static final Pattern CURRENCY_NOTE = Pattern.compile(
            "[（(]\\s*(?:单位\\s*[:：]\\s*)?(?:(?:货币|金额)单位\\s*[:：]\\s*)?("
                    + io.factline.nlp.Currencies.get().suffixRegex() + ")\\s*[．.，,、；;]?\\s*(?:下同)\\s*[)）]",
            Pattern.CASE_INSENSITIVE);

    private final Set<String> strongEntities = new HashSet<>();
    private final Set<String> plainMetrics = new HashSet<>();
    private final Set<String> lowercaseWords = new HashSet<>();
    private final List<int[]> currencyNoteStarts = new ArrayList<>();
    private final List<String> currencyNoteCodes = new ArrayList<>();
    private EntityMention topic;
    /** How many times the sentences name each entity (by {@link EntityMention#entity()}, lowercased). */
    private final Map<String, Integer> mentionCounts = new HashMap<>();
    private final Map<String, EntityMention> firstMention = new LinkedHashMap<>();
    private final Map<String, String> variants = new HashMap<>();
    /** Entities the title names by the registry. */
    private final List<EntityMention> titleEntities = new ArrayList<>();
    private final boolean topicInTitle;
    private final boolean aboutVehicles;
    private final EntityRegistry entities;
    private final String title;
    private int sentenceCount, metricSentenceCount;
    private final double aboutBusiness;

    ArticleContext(AnnotatedArticle article, Lexicons registries, double aboutBusiness) {
        this.entities = registries.entities();
        this.aboutBusiness = aboutBusiness;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, EntityMention> firstSeen = new HashMap<>();
        Map<String, Integer> orgCounts = new LinkedHashMap<>();
        int vehicleWords = 0, deviceWords = 0;
        for (Sentence s : article.sentences()) {
            vehicleWords += registries.cues().find(Cues.Kind.VEHICLE, s.lang(), Cues.Position.CLAUSE, s.text(), 0).size();
            deviceWords += registries.cues().find(Cues.Kind.DEVICE, s.lang(), Cues.Position.CLAUSE, s.text(), 0).size();
            for (Phrases.Hit<EntityRegistry.Alias> h : registries.entities().find(s.text(), s.start())) {
                if (h.value().context()) continue;
                String id = h.value().entityId();
                strongEntities.add(id);
                counts.merge(id, 1, Integer::sum);
                firstSeen.putIfAbsent(id, EntityMention.of(id, h.text(), h.start(), h.end(), EntityMention.Kind.REGISTRY));
            }
            sentenceCount++;
            boolean metricSentence = false;
            for (MetricWords.Hit m : registries.metrics().find(s)) {
                if (m.context()) continue;
                plainMetrics.add(m.metric().id());
                metricSentence |= m.metric().isCore();
            }
            if (metricSentence) metricSentenceCount++;
            for (Token t : s.tokens()) {
                if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) lowercaseWords.add(t.word());
            }
            for (Mention m : s.entities()) if (m.type() == MentionType.ORG) orgCounts.merge(m.text(), 1, Integer::sum);
        }
        title = article.article().title() == null ? null
                : io.factline.content.TitleFinder.headline(article.article().title());
        EntityMention inTitle = null;
        if (title != null) {
            for (Phrases.Hit<EntityRegistry.Alias> h : registries.entities().find(title, 0)) {
                if (h.value().context()) continue;
                strongEntities.add(h.value().entityId());
                titleEntities.add(EntityMention.of(h.value().entityId(), h.text(), -1, -1, EntityMention.Kind.REGISTRY));
                // "富瑞：维持快手买入评级": the name before the colon is who speaks, not what the story is about.
                boolean speaker = title.substring(h.end()).stripLeading().startsWith("：")
                        || title.substring(h.end()).stripLeading().startsWith(":");
                if (inTitle == null && !speaker && !investsOrIsGoverned(registries.cues(), title, h.start(), h.end())) {
                    inTitle = EntityMention.of(h.value().entityId(), h.text(), -1, -1, EntityMention.Kind.REGISTRY);
                }
            }
        }
        EntityMention frequent = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> firstSeen.get(e.getKey())).orElse(null);
        EntityMention org = orgCounts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> EntityMention.of(null, e.getKey(), -1, -1, EntityMention.Kind.ORG)).orElse(null);
        topic = inTitle != null ? inTitle : frequent != null ? frequent : org;
        // A story about carmakers speaks of cars throughout, even where a sentence says only "sales rose to 80,600".
        aboutVehicles = vehicleWords >= 3 && vehicleWords > 2 * deviceWords;
        topicInTitle = inTitle != null;

        Matcher m = CURRENCY_NOTE.matcher(article.article().text());
        while (m.find()) {
            // The note speaks for its whole sentence ("录得12.28亿元亏损(美元．下同)") and what follows.
            int from = m.start();
            for (Sentence s : article.sentences()) if (s.start() <= m.start() && m.start() < s.end()) from = s.start();
            int noteFrom = from;
            io.factline.nlp.Currencies.get().bySuffix(m.group(1)).ifPresent(code -> {
                currencyNoteStarts.add(new int[]{noteFrom});
                currencyNoteCodes.add(code);
            });
        }
    }

    /**
     * Whether the article names the entity, its parent or one of its products other than by a context-only
     * alias: "Orange" is the operator in an article that names France Telecom.
     */
    boolean namesEntity(String id) {
        if (strongEntities.contains(id)) return true;
        Entity e = entities.get(id).orElse(null);
        if (e != null && e.parent() != null && strongEntities.contains(e.parent())) return true;
        for (String named : strongEntities) {
            Entity n = entities.get(named).orElse(null);
            if (n != null && id.equals(n.parent())) return true;
        }
        return false;
    }

    /** "本轮由腾讯领投", "backed by Sequoia": a name in the title that put money in, or follows a preposition. */
    private static boolean investsOrIsGoverned(Cues cues, String title, int start, int end) {
        String lang = io.factline.nlp.Language.detect(title);
        return EntityMarks.governedAfter(cues, lang, title.substring(Math.max(0, start - 12), start))
                || EntityMarks.investsBefore(cues, lang, title.substring(end, Math.min(title.length(), end + 16)));
    }

    /** Whether the article names the metric by a plain word (so its context words may count). */
    boolean namesMetric(String id) {
        return plainMetrics.contains(id);
    }

    /** Whether the article is about cars (their sales are a sales volume, not device shipments). */
    boolean aboutVehicles() {
        return aboutVehicles;
    }

    /** The entity the article is about: named in the title, else the most named; null when none is. */
    EntityMention topic() {
        return topic;
    }

    /**
     * Names the topic from the sentences as read: unless the title names it, the entity the article most often
     * makes the actor (not governed by a preposition, not an aside; on a tie the first). A funding flash names
     * its investors in the registry more often than the startup the registry does not know, but only the
     * startup acts (珍味小梅园完成B+轮融资，本轮由百度风投领投).
     */
    void chooseTopic(List<SentenceView> views) {
        nameVariants(views);
        for (SentenceView v : views) {
            for (EntityMention e : v.entities) {
                if (e.anaphor()) continue;
                String key = e.entity().toLowerCase(java.util.Locale.ROOT);
                mentionCounts.merge(key, 1, Integer::sum);
                firstMention.putIfAbsent(key, e);
                if (title != null && e.entityId() == null && e.kind() != EntityMention.Kind.PROPER && e.text().length() > 1
                        && title.contains(e.text()) && titleEntities.stream().noneMatch(t -> t.text().equals(e.text()))) {
                    titleEntities.add(EntityMention.of(null, e.text(), -1, -1, e.kind()));
                }
            }
        }
        if (topicInTitle) return;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, EntityMention> first = new HashMap<>();
        boolean lead = true;
        for (SentenceView v : views) {
            // Sentences with figures or metric words say what the article is about; the rest tell a story.
            if (v.values.isEmpty() && v.metrics.isEmpty()) continue;
            for (EntityMention e : v.entities) {
                if (e.anaphor() || e.governed() || e.aside() || e.kind() == EntityMention.Kind.PROPER) continue;
                // A name the registry knows is surer than one guessed from the words around it; the first actor
                // of the lead is who the story is about.
                int weight = (e.kind() == EntityMention.Kind.REGISTRY ? 2 : 1) + (lead ? 2 : 0);
                counts.merge(e.entity(), weight, Integer::sum);
                first.putIfAbsent(e.entity(), e);
                lead = false;
            }
        }
        // No actor at all: the names are sources, investors and objects, none of which a figure belongs to.
        topic = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(best -> first.get(best.getKey())).orElse(null);
    }

    /**
     * Names the article writes short and long for one company: "Berkshire" after "Berkshire Hathaway Inc", 龙湖
     * after 龙湖集团. A shorter form the registry does not know that begins a longer name (by whole words in
     * English) is the longer name's, which facts use. Among several longer names the one the registry knows wins,
     * then the one written first: news gives the full name at first mention and shortens it after, and a unit
     * named later ("Berkshire Hathaway Energy") is not what the short form stands for.
     */
    private void nameVariants(List<SentenceView> views) {
        List<String> unknown = new ArrayList<>();
        // Every name in the order written, by its canonical form, with the registry id when known.
        Map<String, String> written = new LinkedHashMap<>();
        for (SentenceView v : views) {
            for (EntityMention e : v.entities) {
                if (e.anaphor() || e.text().startsWith("MARKET:")) continue;
                String n = Names.canonical(e.text(), v.lang, v.cues);
                if (n.isEmpty()) continue;
                written.putIfAbsent(n, e.entityId());
                // A place is no short form of a company named after it: "China" is not China Merchants Bank.
                boolean place = e.start() >= 0 && v.readAs(e, MentionType.LOCATION);
                if (e.entityId() == null && !place && !unknown.contains(n)) unknown.add(n);
            }
        }
        for (String shortName : unknown) {
            String chosen = null;
            boolean chosenKnown = false;
            for (Map.Entry<String, String> other : written.entrySet()) {
                String longer = other.getKey();
                if (longer.length() <= shortName.length() || !longer.startsWith(shortName)) continue;
                boolean latin = Character.isLetterOrDigit(shortName.charAt(shortName.length() - 1))
                        && shortName.charAt(shortName.length() - 1) < 0x2E80;
                if (latin && longer.charAt(shortName.length()) != ' ') continue; // "Next" is not "Nextel"
                if (!latin && shortName.length() < 2) continue;
                boolean known = other.getValue() != null;
                if (chosen == null || known && !chosenKnown) {
                    chosen = known ? other.getValue() : longer;
                    chosenKnown = known;
                }
            }
            if (chosen != null) variants.put(shortName, chosen);
        }
    }

    /**
     * The name a fact gives an entity the registry does not know: its full form in the article (a registry id when
     * the registry knows that form).
     */
    String fullName(String canonical) {
        return variants.getOrDefault(canonical, canonical);
    }

    /** The place of an entity among the article's most named (1 = most), -1 when it is not named. */
    int frequencyRank(String entity) {
        Integer n = mentionCounts.get(entity.toLowerCase(java.util.Locale.ROOT));
        if (n == null) return -1;
        int rank = 1;
        for (int c : mentionCounts.values()) if (c > n) rank++;
        return rank;
    }

    /** The entities the article names most often (at least twice), most named first, at most {@code n}. */
    List<EntityMention> frequent(int n) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(mentionCounts.entrySet());
        entries.removeIf(e -> e.getValue() < 2);
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<EntityMention> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries) {
            EntityMention m = firstMention.get(e.getKey());
            if (m.kind() == EntityMention.Kind.PROPER || m.text().startsWith("MARKET:")) continue;
            out.add(EntityMention.of(m.entityId(), m.text(), -1, -1, m.kind()));
            if (out.size() == n) break;
        }
        return out;
    }

    /**
     * Entities the title names: by the registry, or as the sentences write them ("Japan Display warns of a bigger
     * loss" over an article that names Japan Display).
     */
    List<EntityMention> titleEntities() {
        return titleEntities;
    }

    /** How many times the article's sentences name an entity. */
    int mentions(String entity) {
        return mentionCounts.getOrDefault(entity.toLowerCase(java.util.Locale.ROOT), 0);
    }

    /** Whether a fact's entity is one of the registry's (its id), not a name the article writes. */
    boolean isRegistryId(String entity) {
        return entity != null && entities.get(entity).isPresent();
    }

    /**
     * The entity a fact was about, as the next figures' focus: the registry's, or the name as the fact quotes it.
     * (A name written with its corporate form, "Lumen Devices Inc", differs from its canonical form without being
     * known to the registry.)
     */
    EntityMention focusOf(io.factline.model.Fact f) {
        return EntityMention.of(isRegistryId(f.entity()) ? f.entity() : null, f.entityMention(), -1, -1,
                EntityMention.Kind.ORG);
    }

    /** The registry's kind of an entity (company, product, segment…). */
    java.util.Optional<String> registryKind(String id) {
        return entities.get(id).map(Entity::kind);
    }

    /** How likely the article is about companies' business ({@link TopicScorer}). */
    double aboutBusiness() {
        return aboutBusiness;
    }

    /** Sentences of the article. */
    int sentences() {
        return sentenceCount;
    }

    /** Sentences of the article that name a metric plainly. */
    int metricSentences() {
        return metricSentenceCount;
    }

    /** Distinct registry entities the article names plainly. */
    int registryEntities() {
        return strongEntities.size();
    }

    /** Whether the title names the entity (by the registry) or contains its name as written. */
    boolean inTitle(EntityMention e) {
        return title != null && (title.contains(e.text()) || e.entityId() != null
                && entities.namedIn(title).contains(e.entityId()));
    }

    /** A capitalised single word that the article also writes in lowercase is not a name ("Tiktok"/"tiktok"). */
    boolean alsoLowercase(String word) {
        return lowercaseWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The currency a bare 元 ending at {@code offset} means: CNY unless a note re-defined it, from the start of
     * the note's sentence on ("215亿元（美元．下同）").
     */
    String yuanCurrency(int offset) {
        String code = "CNY";
        for (int i = 0; i < currencyNoteStarts.size(); i++) {
            if (currencyNoteStarts.get(i)[0] <= offset) code = currencyNoteCodes.get(i);
        }
        return code;
    }
}
