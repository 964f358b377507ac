package io.factline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One news article as the pipeline sees it after content extraction. Serializable, so that a Spark job can move
 * articles between its stages.
 *
 * @param id           stable id: the input's own id, else a hash of the URL, else of the text
 * @param url          where it was published; may be null
 * @param title        headline; may be null
 * @param text         main text, paragraphs separated by newlines
 * @param lang         {@code zh} or {@code en}; null until the language stage has run
 * @param published    ISO date or date-time; null when unknown
 * @param author       may be null
 * @param source       publisher or site; may be null
 * @param via          the site it was syndicated from; may be null
 * @param fetched      ISO date-time the raw page was fetched; may be null
 * @param contentHash  hash of {@code text}
 */
public record Article(String id, String url, String title, String text, String lang, String published,
                      String author, String source, String via, String fetched, String contentHash)
        implements java.io.Serializable {

    public Article {
        text = text == null ? "" : text;
        if (contentHash == null) contentHash = hash(text);
        if (id == null || id.isBlank()) id = url != null && !url.isBlank() ? hash(url) : contentHash;
    }

    /** The published day, when {@link #published} is known. */
    public Optional<LocalDate> publishedDate() {
        if (published == null || published.length() < 10) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * What to show as the article's title: its title, or for an untitled one the first words of its text (twelve
     * words, or thirty characters of Chinese), with "…" when cut.
     */
    public String displayTitle() {
        if (title != null && !title.isBlank()) return title.strip();
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) return "(untitled, no text)";
        boolean han = t.codePoints().limit(40).anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        int end;
        if (han) {
            end = Math.min(t.length(), 30);
        } else {
            end = 0;
            for (int words = 0; words < 12 && end < t.length(); words++) {
                int next = t.indexOf(' ', end + 1);
                end = next < 0 ? t.length() : next;
            }
        }
        return end >= t.length() ? t : t.substring(0, end).strip() + "…";
    }

    public Article withLang(String newLang) {
        return new Article(id, url, title, text, newLang, published, author, source, via, fetched, contentHash);
    }

    public Article withPublished(String newPublished) {
        return new Article(id, url, title, text, lang, newPublished, author, source, via, fetched, contentHash);
    }

    /** First 16 hex digits of SHA-256: short enough to read, long enough never to collide in one corpus. */
    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JRE", e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an article field by field; unset fields are null. */
    public static final class Builder {
        private String id, url, title, text, lang, published, author, source, via, fetched;

        public Builder id(String v) { id = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder lang(String v) { lang = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder via(String v) { via = v; return this; }
        public Builder fetched(String v) { fetched = v; return this; }

        public Article build() {
            return new Article(id, url, title, text, lang, published, author, source, via, fetched, null);
        }
    }
}
