package io.factline.content;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the markup says an element is for: the class, id and role words that the web uses for navigation,
 * comments, share bars, related-article lists, ads and footers, and those it uses for article bodies. Only
 * words generic across sites; no site's own class names.
 */
final class Boilerplate {
    /** Class/id words (whole words) of page furniture. */
    private static final Set<String> WORDS = Set.of("nav", "navi", "menu", "menus", "footer", "aside", "sidebar",
            "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner", "share", "sharing", "shares",
            "social", "sns", "tags", "tag", "keywords", "related", "recommend", "recommended", "recommendation",
            "comment", "comments", "disqus", "reply", "replies", "respond", "newsletter", "subscribe",
            "subscription", "signup", "promo", "promotion", "sponsor", "sponsored", "breadcrumb", "breadcrumbs",
            "crumbs", "crumb", "pagination", "pager", "toolbar", "popup", "modal", "cookie", "cookies", "gdpr",
            "consent", "masthead", "widget", "widgets", "outbrain", "taboola", "login", "byline", "bio", "hidden",
            "hide", "sr", "print", "copyright", "rss", "skip", "jump", "more", "header", "topbar", "toc",
            "trending", "popular", "most", "next", "prev", "previous", "follow", "author", "caption",
            "footnotes", "navigation", "nocontent", "noprint", "credit", "credits");
    /** Word beginnings of page furniture ("commentList", "share-bar", "relatedPosts", "sidebar-right"). */
    private static final List<String> PREFIXES = List.of("comment", "share", "social", "related", "recommend",
            "sidebar", "footer", "breadcrumb", "newsletter", "subscri", "advert", "sponsor", "promo", "popup",
            "cookie", "widget", "toolbar", "pagination", "disqus", "outbrain", "taboola", "navbar", "navigation",
            "menu", "banner");
    /**
     * Words that name an article itself: an element so named is not furniture even if it also says "sidebar"
     * ("main has-sidebar"). Generic words ("content", "text", "page") do not: "footer-content" is a footer.
     */
    private static final Set<String> ARTICLE_WORDS = Set.of("article", "articlebody", "post", "entry", "story",
            "main", "hentry");
    /** Words of article bodies, for Readability's class weight. */
    private static final Set<String> CONTENT_WORDS = Set.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "blog", "hentry", "page", "column", "news", "detail", "articlebody");
    private static final Set<String> ROLES = Set.of("navigation", "complementary", "contentinfo", "banner",
            "search", "menu", "menubar", "dialog", "alert", "toolbar");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Boilerplate() {
    }

    /** The words of an element's class and id, split at punctuation and camel case, lower case. */
    static String[] words(Element e) {
        String raw = e.className() + " " + e.id();
        if (raw.isBlank()) return new String[0];
        return SPLIT.split(CAMEL.matcher(raw).replaceAll(" ").toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the class, id or role names page furniture and nothing of an article; comments are furniture even
     * when named after the post they discuss ("post-comments").
     */
    static boolean isFurniture(Element e) {
        if (ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)) || isDiscussion(e)) return true;
        boolean furniture = false;
        for (String w : words(e)) {
            if (w.isEmpty()) continue;
            if (ARTICLE_WORDS.contains(w)) return false;
            if (WORDS.contains(w) || startsWithAny(w)) furniture = true;
        }
        return furniture;
    }

    /**
     * Whether the class or id names reader comments: they can outweigh the article itself, so no share of the
     * page's text makes them a layout wrapper.
     */
    static boolean isDiscussion(Element e) {
        for (String w : words(e)) {
            if (w.startsWith("comment") || w.startsWith("disqus") || w.equals("replies") || w.equals("reply")
                    || w.equals("respond")) {
                return true;
            }
        }
        return false;
    }

    /** Readability's class weight: +25 for words of article bodies, −25 for furniture, 0 for neither or both. */
    static int classWeight(Element e) {
        int w = 0;
        boolean content = false, furniture = false;
        for (String word : words(e)) {
            if (word.isEmpty()) continue;
            if (CONTENT_WORDS.contains(word)) content = true;
            else if (WORDS.contains(word) || startsWithAny(word)) furniture = true;
        }
        if (content) w += 25;
        if (furniture) w -= 25;
        return w;
    }

    private static boolean startsWithAny(String w) {
        for (String p : PREFIXES) if (w.startsWith(p)) return true;
        return false;
    }

    /** Hidden by the page itself: {@code hidden}, {@code aria-hidden}, an inline {@code display:none}. */
    static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find());
    }
}
