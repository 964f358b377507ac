package io.factline.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One point of a timeline: a value for a period, with every article that states it.
 *
 * @param asOf      the period ({@code null} for facts the text does not date)
 * @param value     the value (low end of a range)
 * @param valueHigh high end of a range, else null
 * @param unit      currency code or count unit
 * @param qualifier {@code = > >= < <= ~ range}
 * @param claim     reported, pledge or forecast
 * @param conflict  true when another point of the same period and claim gives a different value
 * @param sources   the articles stating it, earliest published first
 */
@JsonPropertyOrder({"as_of", "value", "value_high", "unit", "qualifier", "claim", "conflict", "sources"})
public record TimelinePoint(@JsonProperty("as_of") @JsonInclude(JsonInclude.Include.ALWAYS) String asOf,
                            @JsonProperty("value") double value,
                            @JsonProperty("value_high") @JsonInclude(JsonInclude.Include.NON_NULL) Double valueHigh,
                            @JsonProperty("unit") String unit,
                            @JsonProperty("qualifier") String qualifier,
                            @JsonProperty("claim") String claim,
                            @JsonProperty("conflict") boolean conflict,
                            @JsonProperty("sources") List<Source> sources) {

    /** Where a point's value was stated. */
    @JsonPropertyOrder({"doc", "url", "title", "published", "source", "entity_mention", "speaker", "sentence",
            "start", "end", "lang"})
    public record Source(@JsonProperty("doc") String doc,
                         @JsonProperty("url") String url,
                         @JsonProperty("title") String title,
                         @JsonProperty("published") String published,
                         @JsonProperty("source") String source,
                         @JsonProperty("entity_mention") String entityMention,
                         @JsonProperty("speaker") String speaker,
                         @JsonProperty("sentence") String sentence,
                         @JsonProperty("start") int start,
                         @JsonProperty("end") int end,
                         @JsonProperty("lang") String lang) {
    }
}
