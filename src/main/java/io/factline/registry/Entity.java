package io.factline.registry;

import java.util.List;

/**
 * One company, product or business segment of the entity registry ({@code models/entities.tsv}).
 *
 * @param id             canonical name, as news writes it in English ("Douyin", "ByteDance")
 * @param kind           company, product or segment
 * @param parent         id of the owning entity, or null
 * @param zh             Chinese names, the usual one first
 * @param en             English names, the canonical one first
 * @param aliases        other surface forms (pinyin, former names, machine-translation artefacts)
 * @param contextAliases forms trusted only where the article also names the entity otherwise
 * @param tickers        exchange tickers (not matched in text)
 */
public record Entity(String id, String kind, String parent, List<String> zh, List<String> en, List<String> aliases,
                     List<String> contextAliases, List<String> tickers) {

    /** Every name that identifies the entity on its own. */
    public List<String> strongNames() {
        return java.util.stream.Stream.of(zh, en, aliases).flatMap(List::stream).toList();
    }
}
