package io.factline.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.model.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * Title, published date, author and publisher from a page's metadata: Open Graph and article meta tags,
 * schema.org JSON-LD ({@code NewsArticle}), {@code <time datetime>}. What the metadata does not say stays empty
 * here; {@link ContentExtractor} then looks at the visible text.
 */
final class PageMetadata {
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
            "pubdate", "publishdate", "publish_date", "publication_date", "PublishDate", "pubtime",
            "sailthru.date", "dc.date", "dc.date.issued", "DC.date.issued", "dcterms.created", "date",
            "parsely-pub-date", "article.published", "OriginalPublicationDate", "bt:pubDate");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "byl", "dc.creator",
            "parsely-author", "sailthru.author");

    private PageMetadata() {
    }

    static Optional<String> meta(Document doc, List<String> names) {
        for (String name : names) {
            for (Element m : doc.select("meta")) {
                String key = !m.attr("property").isEmpty() ? m.attr("property")
                        : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name)) {
                    String content = m.attr("content").trim();
                    if (!content.isEmpty()) return Optional.of(content);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> title(Document doc) {
        return meta(doc, List.of("og:title", "twitter:title", "headline"))
                .or(() -> jsonLd(doc, "headline"));
    }

    static Optional<String> published(Document doc) {
        Optional<String> raw = meta(doc, PUBLISHED_META).or(() -> jsonLd(doc, "datePublished"));
        if (raw.isEmpty()) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) raw = Optional.of(time.attr("datetime"));
        }
        return raw.flatMap(PageMetadata::isoDate);
    }

    static Optional<String> author(Document doc) {
        return meta(doc, AUTHOR_META).filter(a -> !a.startsWith("http")).or(() -> jsonLd(doc, "author"));
    }

    static Optional<String> siteName(Document doc) {
        return meta(doc, List.of("og:site_name", "application-name", "publisher")).or(() -> jsonLd(doc, "publisher"));
    }

    /** Accepts ISO 8601 and the visible-text forms of {@link DateFinder}. */
    static Optional<String> isoDate(String raw) {
        String s = raw.trim();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?")) {
            return Optional.of(s.replace(' ', 'T').replaceFirst("(\\d{2}:\\d{2}:\\d{2})\\.\\d+", "$1"));
        }
        return DateFinder.first(s);
    }

    private static Optional<String> jsonLd(Document doc, String field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = Json.mapper().readTree(script.data());
                Optional<String> v = find(root, field);
                if (v.isPresent()) return v;
            } catch (java.io.IOException e) {
                // Malformed JSON-LD is common; the page's other metadata still counts.
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(JsonNode node, String field) {
        if (node == null) return Optional.empty();
        if (node.isArray()) {
            for (JsonNode n : node) {
                Optional<String> v = find(n, field);
                if (v.isPresent()) return v;
            }
            return Optional.empty();
        }
        if (!node.isObject()) return Optional.empty();
        JsonNode v = node.get(field);
        if (v != null) {
            if (v.isTextual() && !v.asText().isBlank()) return Optional.of(v.asText().trim());
            if (v.isObject() && v.hasNonNull("name")) return Optional.of(v.get("name").asText().trim());
            if (v.isArray() && v.size() > 0) {
                JsonNode first = v.get(0);
                if (first.isTextual()) return Optional.of(first.asText().trim());
                if (first.hasNonNull("name")) return Optional.of(first.get("name").asText().trim());
            }
        }
        return find(node.get("@graph"), field);
    }
}
