package io.factline.content;

import java.util.List;
import java.util.Optional;

/**
 * The published date as a page shows it next to the article: in the dateline between headline and text
 * ("2005-03-21 11:21 来源：新浪", "By Jane Doe · March 3, 2019"), else in the line that closes the article
 * ("发表于 2004年12月27日 12:40", "Posted on …"). The date nearest the text wins: pages list other dates
 * (calendars, "latest news") further away.
 */
final class Dateline {
    /** How far before the article's first paragraph the dateline may be. */
    static final int BEFORE = 400;
    /** How far into the article a dateline written as its first lines may be. */
    static final int INTO = 150;
    /** How far after the article's last paragraph a closing date line may be. */
    static final int AFTER = 300;

    private Dateline() {
    }

    /**
     * @param visible the page's visible text
     * @param start   where the article text starts in it
     * @param end     where it ends
     */
    static Optional<String> find(String visible, int start, int end) {
        int from = Math.max(0, start - BEFORE);
        String head = visible.substring(from, Math.min(visible.length(), start + INTO));
        List<DateFinder.Found> dates = DateFinder.all(head);
        DateFinder.Found best = null;
        for (DateFinder.Found f : dates) {
            int at = from + f.at();
            // The last date before the text, else the first one inside it.
            if (at < start || best == null) best = f;
            if (at >= start) break;
        }
        if (best != null) return Optional.of(best.iso());
        String tail = visible.substring(Math.min(end, visible.length()), Math.min(visible.length(), end + AFTER));
        return DateFinder.first(tail);
    }
}
