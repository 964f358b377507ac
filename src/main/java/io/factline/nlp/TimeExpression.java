package io.factline.nlp;

/**
 * A time expression of the text, resolved to the period it names.
 *
 * @param start offset in the article text
 * @param end   offset after the expression
 * @param text  as written
 * @param value ISO period: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-Qn}, {@code YYYY-Hn},
 *              or {@code start/end}; null when the text gives no way to place it in time
 * @param kind  what sort of expression it is
 */
public record TimeExpression(int start, int end, String text, String value, Kind kind) {

    public enum Kind {
        /** A date or period: "August 2020", "2020年8月底", "第二季度". */
        DATE,
        /** "So far", "目前", "截至目前": the time of writing. */
        PRESENT,
        /** A length of time without position: "three months", "半年". */
        DURATION,
        /** The same period a year before the one the sentence speaks of: "a year earlier", "去年同期". */
        YEAR_EARLIER
    }
}
