package io.factline.facts;

import io.factline.registry.Phrases;
import io.factline.nlp.Quantity;

/**
 * Which entity a metric word belongs to. In order: one attached to it ("X's revenue", "revenue of X",
 * 快手日活, "20M paid Copilot users"); the nearest actor named before it in its clause (an object of a
 * preposition or an aside only when there is nothing else); a name right after the number; the entity an
 * anaphor points to; the entity the article is about.
 */
final class EntityChooser {
    private final SentenceView v;
    private final ArticleContext ctx;
    private final EntityMention focus;
    /** The entity of the sentence's previous fact: a later figure of the sentence with no name is its too. */
    private EntityMention sentenceFocus;

    /** @param focus the entity the previous sentences spoke of, for "it" and 该公司 */
    EntityChooser(SentenceView v, ArticleContext ctx, EntityMention focus) {
        this.v = v;
        this.ctx = ctx;
        this.focus = focus;
    }

    void setSentenceFocus(EntityMention e) {
        sentenceFocus = e;
    }

    /** A name the NER read as a person's, whole. */
    private boolean isPerson(EntityMention e) {
        return v.readAs(e, io.factline.model.MentionType.PERSON);
    }

    /** Where an entity option comes from. */
    enum Source {
        /** The choice of the rules of {@link #choose}. */
        RULE,
        /** Another name in the sentence. */
        MENTION,
        /** The entity the article is about. */
        TOPIC,
        /** The entity the previous sentences spoke of. */
        FOCUS,
        /** An entity the title names. */
        TITLE,
        /** One of the entities the article names most often. */
        FREQUENT
    }

    /** An entity a figure may belong to, and where it comes from. */
    record Option(EntityMention entity, Source source) {
    }

    /**
     * The entities the scorer chooses among for a figure: the rules' choice first, then every other name of the
     * sentence, the article's topic and the entity last spoken of; each entity once.
     */
    java.util.List<Option> options(MetricWords.Hit m, Quantity q) {
        java.util.List<Option> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        EntityMention chosen = choose(m, q);
        if (chosen != null) add(out, seen, chosen, Source.RULE);
        for (EntityMention e : v.entities) {
            if (e.anaphor()) continue;
            add(out, seen, e, Source.MENTION);
        }
        if (ctx.topic() != null) add(out, seen, ctx.topic(), Source.TOPIC);
        if (focus != null) add(out, seen, focus, Source.FOCUS);
        for (EntityMention e : ctx.titleEntities()) add(out, seen, e, Source.TITLE);
        for (EntityMention e : ctx.frequent(3)) add(out, seen, e, Source.FREQUENT);
        return out;
    }

    private void add(java.util.List<Option> out, java.util.Set<String> seen, EntityMention e, Source source) {
        if (e.entity() == null || e.entity().isBlank()) return;
        // A fact's entity is a company, product or segment: never a government or public body, never a person.
        if (e.entityId() == null && v.cues.any(Cues.Kind.GOVERNMENT, v.lang, Cues.Position.CLAUSE, e.text())) return;
        if (e.start() >= 0 && e.entityId() == null && isPerson(e)) return;
        // Nor a stock code ("(HNW.N)"): it stands beside the company's name, which is the option.
        if (e.entityId() == null && ListedNames.isStockCode(e.text())) return;
        // Nor a place: "China", 美国 before a figure are where it was made, not who made it.
        if (e.start() >= 0 && e.entityId() == null && v.readAs(e, io.factline.model.MentionType.LOCATION)) return;
        if (seen.add(e.entity().toLowerCase(java.util.Locale.ROOT))) out.add(new Option(e, source));
    }

    EntityMention choose(MetricWords.Hit m, Quantity q) {
        EntityMention listed = listedBefore(m, q);
        if (listed != null) return listed;
        EntityMention attached = attached(m);
        if (attached != null) return attached;
        if (!m.metric().isMoney() && !m.metric().isRatio()) {
            EntityMention counted = counted(q);
            if (counted != null) return counted;
        }
        EntityMention market = market(m, q);
        if (market != null) return market;
        int anchor = Math.min(m.start(), q.start());
        int clause = v.clauseStart(anchor);
        EntityMention chosen = nearestBefore(anchor, clause, false);
        if (chosen == null) chosen = nearestBefore(anchor, v.sentence.start(), false);
        if (chosen == null) chosen = after(Math.max(m.end(), q.end()));
        if (chosen == null && focus == null && ctx.topic() == null) {
            // Only objects and asides name a company here, and the article names no other: take what there is.
            chosen = nearestBefore(anchor, v.sentence.start(), true);
        }
        if (chosen == null && !m.metric().isMoney() && !m.metric().isRatio()) {
            // "Globally, the number sold will reach 159 million", 2021年全球共计出货平板电脑1.69亿台: a count the
            // sentence gives for a whole market, with no company named, is the market's, not the article's topic's.
            EntityMention whole = wholeMarket(anchor);
            if (whole != null) return whole;
        }
        if (chosen == null || chosen.anaphor()) return resolveAnaphor(chosen);
        return chosen;
    }

    /**
     * "Huawei held 28 percent of the market, Xiaomi 14 percent and Oppo 11 percent", 华为占28%，小米14%，OPPO 11%: a
     * list that leaves out the verb and the metric word after its first item (gapping). A figure after the metric
     * word whose name stands right before it (nothing but a colon or an opening bracket between: "Xiaomi 14 percent",
     * 小米（610万台）), at the start of an item (after a comma, 、 or a conjunction of models/cues.tsv), is that
     * name's, not the first item's.
     */
    private EntityMention listedBefore(MetricWords.Hit m, Quantity q) {
        if (q.start() < m.end()) return null;
        EntityMention name = null;
        for (EntityMention e : v.entities) {
            if (e.anaphor() || e.start() < m.end() || e.end() > q.start()) continue;
            if (name == null || e.start() > name.start()) name = e;
        }
        if (name == null || !LIST_NAME_TO_FIGURE.matcher(v.sentence.between(name.end(), q.start())).matches()) {
            return null;
        }
        int itemStart = m.end();
        for (SentenceView.Valued other : v.values) {
            if (other.q().end() <= name.start()) itemStart = Math.max(itemStart, other.q().end());
        }
        String before = v.sentence.between(itemStart, name.start()).stripTrailing();
        if (before.isEmpty()) return null;
        char last = before.charAt(before.length() - 1);
        if (last == ',' || last == '，' || last == '、' || last == ';' || last == '；') return name;
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.CONJUNCTION, v.lang, Cues.Position.BEFORE, before, 0)) {
            if (h.end() == before.length()) return name;
        }
        return null;
    }

    /** Between a listed name and its figure: nothing, a colon or an opening bracket. */
    private static final java.util.regex.Pattern LIST_NAME_TO_FIGURE = java.util.regex.Pattern.compile("\\s*[:：(（]?\\s*");

    /**
     * A market word before the figure in a sentence that names no company at all (中国 inside 中国联通 is no
     * market word, nor 市场 of 市场预期 after the figure).
     */
    private EntityMention wholeMarket(int before) {
        for (EntityMention e : v.entities) if (!e.anaphor() && !e.governed()) return null;
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.MARKET, v.lang, Cues.Position.BEFORE, v.sentence.text(),
                v.sentence.start())) {
            boolean inName = v.entities.stream().anyMatch(e -> e.start() < h.end() && h.start() < e.end());
            if (!inName && h.end() <= before) return EntityMention.of(null, "MARKET:" + h.text(), h.start(), h.end(), EntityMention.Kind.ORG);
        }
        return null;
    }

    /**
     * "全球PC出货", "China's smartphone shipments", "UK broadband users": a place or market word right before
     * the metric word, with no company between, makes the figure a whole market's ({@code MARKET:<words>}).
     */
    private EntityMention market(MetricWords.Hit m, Quantity q) {
        if (!isNounMetric(m)) return null; // "The US giant earned $630m": a verb's subject is an actor, not a market
        int end = Math.min(m.start(), q.start() < m.start() ? q.start() : m.start());
        int clause = v.clauseStart(end);
        String before = v.sentence.between(Math.max(clause, end - (v.lang.equals("zh") ? 10 : 40)), end);
        int base = end - before.length();
        int from = -1;
        for (var loc : v.sentence.entities()) {
            if (loc.type() == io.factline.model.MentionType.LOCATION && loc.start() >= base && loc.end() <= m.start()) {
                from = from < 0 ? loc.start() : Math.min(from, loc.start());
            }
        }
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.MARKET, v.lang, Cues.Position.BEFORE, before, base)) {
            from = from < 0 ? h.start() : Math.min(from, h.start());
        }
        if (from < 0) return null;
        for (EntityMention e : v.entities) {
            // "TikTok全球月活", "特斯拉在中国市场收入": a company named before it in the clause owns the figure.
            if (!e.anaphor() && !e.governed() && !e.aside() && e.end() <= from && e.start() >= clause) return null;
            if (!e.anaphor() && e.kind() != EntityMention.Kind.PROPER && e.end() > from && e.start() < m.start()) return null;
        }
        String words = v.sentence.between(from, end).replaceAll("[’']s\\s*$", "").strip();
        // A list of products is one market: 全球台式机、笔记本和工作站的出货量.
        String unlisted = words.replace("、", "");
        if (words.isEmpty() || Boundaries.soft(unlisted, v.lang) > 0 || Boundaries.hard(words)
                || v.tokensBetween(from, end) > 8 || !allNominal(from, end)) {
            return null;
        }
        return EntityMention.of(null, "MARKET:" + words, from, end, EntityMention.Kind.ORG);
    }

    private boolean isNounMetric(MetricWords.Hit m) {
        if (v.lang.equals("zh")) return true; // Chinese uses verbs as nouns freely (全球PC出货)
        for (io.factline.nlp.Token t : v.sentence.tokens()) {
            if (t.start() == m.start()) {
                String pos = t.pos();
                return v.lang.equals("zh") ? pos.startsWith("n") || pos.equals("vn") || pos.startsWith("g")
                        : pos.startsWith("NN") || pos.startsWith("JJ");
            }
        }
        return true;
    }

    /** Words of a market phrase are names, nouns and adjectives ("UK broadband", 全球PC), never verbs. */
    private boolean allNominal(int from, int to) {
        for (io.factline.nlp.Token t : v.sentence.tokens()) {
            if (t.start() < from || t.end() > to) continue;
            String pos = t.pos();
            boolean ok = v.lang.equals("zh")
                    ? pos.startsWith("n") || pos.startsWith("a") || pos.equals("b") || pos.startsWith("g") || pos.equals("f")
                    || pos.startsWith("c") || t.word().equals("、") || t.word().equals("的")
                    : pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS");
            if (!ok) return false;
        }
        return true;
    }

    private EntityMention attached(MetricWords.Hit m) {
        EntityMention found = null;
        for (EntityMention e : v.entities) {
            if (e.anaphor() && !isPossessive(e)) continue;
            boolean inside = e.start() >= m.start() && e.end() <= m.end();
            boolean before = e.end() <= m.start() && attachedBefore(e, m);
            boolean after = e.start() >= m.end() && attachedAfter(m, e);
            if (inside || before) found = e;
            else if (after && found == null) found = e;
        }
        if (found != null && found.anaphor()) return resolveAnaphor(found);
        return found;
    }

    /**
     * "300,000 Kindles", "2 million of its new Surface tablets": a product named as what is counted
     * is what the count is of.
     */
    private EntityMention counted(Quantity q) {
        for (EntityMention e : v.entities) {
            if (e.start() < q.end() || e.kind() != EntityMention.Kind.REGISTRY) continue;
            String gap = v.sentence.between(q.end(), e.start()).strip().toLowerCase(java.util.Locale.ROOT);
            if (gap.isEmpty() || gap.matches("of(?: (?:its|their|the|his|her))?(?: new| latest)?")) return e;
            return null;
        }
        return null;
    }

    private static boolean isPossessive(EntityMention e) {
        return e.text().equalsIgnoreCase("its") || e.text().endsWith("'s") || e.text().equals("其");
    }

    /**
     * The nearest candidate before {@code anchor} and after {@code from}: actors first (not governed by a
     * preposition, not an aside), registry names and NER organisations before guessed names.
     */
    private EntityMention nearestBefore(int anchor, int from, boolean anyKind) {
        EntityMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (EntityMention e : v.entities) {
            if (e.end() > anchor || e.start() < from) continue;
            if (Boundaries.hard(v.sentence.between(e.end(), anchor))) continue;
            int rank = rank(e, anyKind);
            if (rank < 0) continue;
            // Later (nearer) candidates of the same or a better rank win.
            if (rank <= bestRank) {
                best = e;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Lower is better; -1 excludes. Guessed names rank below known ones, governed and asides last. */
    private static int rank(EntityMention e, boolean anyKind) {
        boolean weak = e.governed() || e.aside();
        if (weak && !anyKind) return -1;
        int base = switch (e.kind()) {
            case REGISTRY, ORG, SUBJECT, ANAPHOR -> 0;
            case PROPER -> 1;
        };
        return base + (weak ? 2 : 0);
    }

    private EntityMention after(int from) {
        for (EntityMention e : v.entities) {
            if (e.start() < from || e.anaphor() || e.governed()) continue;
            String gap = v.sentence.between(from, e.start());
            if (!Boundaries.hard(gap) && Boundaries.soft(gap, v.lang) == 0 && v.tokensBetween(from, e.start()) <= 3) return e;
            return null;
        }
        return null;
    }

    /**
     * "It", 该公司: the first actor named earlier in the sentence, else the entity last spoken of. No mention
     * at all: the previous figure's entity in this sentence, else the entity the article is about.
     */
    private EntityMention resolveAnaphor(EntityMention anaphor) {
        EntityMention target = null;
        if (anaphor != null) {
            // A subject pronoun ("it", 该公司) takes up the sentence's subject, its first actor; a possessive
            // ("its", 其) the actor just named.
            boolean possessive = isPossessive(anaphor);
            for (EntityMention e : v.entities) {
                if (e.end() <= anaphor.start() && !e.anaphor() && !e.governed() && !e.aside()
                        && e.kind() != EntityMention.Kind.PROPER) {
                    target = e;
                    if (!possessive) break;
                }
            }
            if (target == null) target = focus;
        }
        if (target == null) target = sentenceFocus;
        if (target == null) target = ctx.topic();
        if (target == null) return null;
        String mention = anaphor != null ? anaphor.text() : target.text();
        return new EntityMention(target.entityId(), target.entityId() == null ? target.text() : mention,
                anaphor != null ? anaphor.start() : -1, anaphor != null ? anaphor.end() : -1,
                EntityMention.Kind.ANAPHOR, false, false);
    }

    private boolean attachedBefore(EntityMention e, MetricWords.Hit m) {
        String gap = v.sentence.between(e.end(), m.start()).strip();
        return gap.isEmpty() || gap.equals("的") || gap.equals("'s") || gap.equals("’s") || gap.equals("'")
                || gap.equals("之") || gap.equals("旗下");
    }

    private boolean attachedAfter(MetricWords.Hit m, EntityMention e) {
        if (e.anaphor()) return false;
        String gap = v.sentence.between(m.end(), e.start()).strip();
        return gap.equals("of") || gap.equals("at") || gap.equals("for") || gap.equals("of the");
    }
}
