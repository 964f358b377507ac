package io.factline.index;

/** Field names of the index. Article and fact documents are told apart by {@link #TYPE}. */
final class Fields {
    static final String TYPE = "type";
    static final String ARTICLE = "article";
    static final String FACT = "fact";

    // article documents
    static final String ID = "id";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String TITLE_EN = "title_en";
    static final String TITLE_ZH = "title_zh";
    static final String TEXT_EN = "text_en";
    static final String TEXT_ZH = "text_zh";
    static final String LANG = "lang";
    static final String PUBLISHED = "published";
    static final String PUBLISHED_MS = "published_ms";
    static final String AUTHOR = "author";
    static final String SOURCE = "source";
    static final String VIA = "via";
    static final String FETCHED = "fetched";
    static final String CONTENT_HASH = "content_hash";
    static final String ENTITIES = "entities";
    static final String METRICS = "metrics";
    static final String VERSION = "pipeline_version";

    // fact documents
    static final String FACT_ID = "fact_id";
    static final String DOC = "doc";
    static final String ENTITY = "entity";
    static final String ENTITY_KEY = "entity_key";
    static final String METRIC = "metric";
    static final String CLAIM = "claim";
    static final String UNIT = "unit";
    static final String VALUE = "value";
    /** The fact's confidence; facts indexed without one count as sure (1). */
    static final String CONFIDENCE = "confidence";
    static final String AS_OF = "as_of";
    static final String AS_OF_FIRST = "as_of_first";
    static final String AS_OF_LAST = "as_of_last";
    static final String FACT_PUBLISHED_MS = "fact_published_ms";
    static final String JSON = "json";

    private Fields() {
    }
}
