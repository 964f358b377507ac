package io.factline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One claim about one metric of one entity, with where it was said. Its JSON form is the contract of
 * DESIGN.md: {@code as_of} and {@code speaker} are written as null when unknown, {@code value_high} and
 * {@code yoy} only when present.
 *
 * @param doc           id of the article
 * @param entity        canonical entity id from {@code models/entities.tsv}, else the mention as written
 * @param entityMention the words the sentence uses for the entity
 * @param metric        canonical metric id from {@code models/metrics.tsv}
 * @param value         fully expanded number (6亿 → 600000000, 12% → 0.12); the low end of a range
 * @param valueHigh     high end when {@code qualifier} is {@code range}
 * @param unit          ISO 4217 code for money, else {@code people}, {@code ratio}, {@code units}, …
 * @param qualifier     {@code = > >= < <= ~ range}
 * @param yoy           growth stated with the value (0.02 for "rose 2%"); null when none
 * @param asOf          {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-Qn}, {@code YYYY-Hn} or
 *                      {@code start/end}; null when the text does not date it
 * @param claim         {@code reported}, {@code pledge} or {@code forecast}
 * @param speaker       who the text says made the statement; null when not attributed
 * @param sentence      the sentence stating the fact
 * @param start         offset of {@code sentence} in the article text
 * @param end           offset after {@code sentence}
 * @param altSentences  further sentences of the same article stating the same fact
 * @param confidence    how likely the fact is right as a whole (entity, metric and value), 0 to 1, calibrated on
 *                      the locked test split of {@code silver}; null where no scorer judged it
 */
@JsonPropertyOrder({"id", "doc", "entity", "entity_mention", "metric", "value", "value_high", "unit", "qualifier",
        "yoy", "as_of", "claim", "confidence", "speaker", "sentence", "start", "end", "alt_sentences", "lang", "url",
        "title", "published", "source"})
public record Fact(
        @JsonProperty("id") String id,
        @JsonProperty("doc") String doc,
        @JsonProperty("entity") String entity,
        @JsonProperty("entity_mention") String entityMention,
        @JsonProperty("metric") String metric,
        @JsonProperty("value") double value,
        @JsonProperty("value_high") @JsonInclude(JsonInclude.Include.NON_NULL) Double valueHigh,
        @JsonProperty("unit") String unit,
        @JsonProperty("qualifier") String qualifier,
        @JsonProperty("yoy") @JsonInclude(JsonInclude.Include.NON_NULL) Double yoy,
        @JsonProperty("as_of") @JsonInclude(JsonInclude.Include.ALWAYS) String asOf,
        @JsonProperty("claim") String claim,
        @JsonProperty("speaker") @JsonInclude(JsonInclude.Include.ALWAYS) String speaker,
        @JsonProperty("sentence") String sentence,
        @JsonProperty("start") int start,
        @JsonProperty("end") int end,
        @JsonProperty("alt_sentences") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Evidence> altSentences,
        @JsonProperty("lang") String lang,
        @JsonProperty("url") @JsonInclude(JsonInclude.Include.NON_NULL) String url,
        @JsonProperty("title") @JsonInclude(JsonInclude.Include.NON_NULL) String title,
        @JsonProperty("published") @JsonInclude(JsonInclude.Include.ALWAYS) String published,
        @JsonProperty("source") @JsonInclude(JsonInclude.Include.NON_NULL) String source,
        @JsonProperty("confidence") @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence)
        implements java.io.Serializable {

    public static final String REPORTED = "reported";
    public static final String PLEDGE = "pledge";
    public static final String FORECAST = "forecast";

    public Fact {
        altSentences = altSentences == null ? List.of() : List.copyOf(altSentences);
        if (id == null) id = identity(doc, entity, metric, value, valueHigh, unit, qualifier, asOf, claim);
    }

    /** A fact no scorer has judged yet ({@code confidence} null). */
    public Fact(String id, String doc, String entity, String entityMention, String metric, double value,
                Double valueHigh, String unit, String qualifier, Double yoy, String asOf, String claim, String speaker,
                String sentence, int start, int end, List<Evidence> altSentences, String lang, String url,
                String title, String published, String source) {
        this(id, doc, entity, entityMention, metric, value, valueHigh, unit, qualifier, yoy, asOf, claim, speaker,
                sentence, start, end, altSentences, lang, url, title, published, source, null);
    }

    /** The same fact with a confidence, rounded to three decimals. */
    public Fact withConfidence(double c) {
        return new Fact(id, doc, entity, entityMention, metric, value, valueHigh, unit, qualifier, yoy, asOf, claim,
                speaker, sentence, start, end, altSentences, lang, url, title, published, source,
                Math.round(c * 1000) / 1000.0);
    }

    /** The same fact with its growth rate stated alongside. */
    public Fact withYoy(Double rate) {
        return new Fact(id, doc, entity, entityMention, metric, value, valueHigh, unit, qualifier, rate, asOf, claim,
                speaker, sentence, start, end, altSentences, lang, url, title, published, source, confidence);
    }

    /** A further sentence that states the same fact. */
    @JsonPropertyOrder({"sentence", "start", "end"})
    public record Evidence(@JsonProperty("sentence") String sentence,
                           @JsonProperty("start") int start,
                           @JsonProperty("end") int end) implements java.io.Serializable {
    }

    /**
     * What makes two facts of one article the same fact: said twice, it is still one claim. Provenance,
     * speaker and mention wording are not part of it.
     */
    public String sameFactKey() {
        return String.join("|", doc, entity, metric, fmt(value), fmt(valueHigh), unit, qualifier,
                String.valueOf(asOf), claim);
    }

    private static String identity(String doc, String entity, String metric, double value, Double valueHigh,
                                   String unit, String qualifier, String asOf, String claim) {
        return Article.hash(String.join("|", doc, entity, metric, fmt(value), fmt(valueHigh), unit, qualifier,
                String.valueOf(asOf), claim));
    }

    private static String fmt(Double d) {
        if (d == null) return "";
        return d == Math.rint(d) && Math.abs(d) < 1e17 ? Long.toString(d.longValue()) : Double.toString(d);
    }

    public Fact withEvidence(List<Evidence> more, String newSpeaker) {
        return new Fact(id, doc, entity, entityMention, metric, value, valueHigh, unit, qualifier, yoy, asOf, claim,
                newSpeaker, sentence, start, end, more, lang, url, title, published, source, confidence);
    }
}
