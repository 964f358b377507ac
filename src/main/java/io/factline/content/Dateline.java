package io.factline.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The published date as a page shows it next to the article. A date the page labels as the publication time
 * ("发布时间：", "发表于", "Published", "Posted on") above or in the text wins; else the dateline between
 * headline and text ("2005-03-21 11:21 来源：新浪", "By Jane Doe · March 3, 2019"); else a labelled date
 * below the text (below it, labelled dates are as often those of comments); else the line that closes the
 * article ("2004年12月27日 12:40"). Nearness decides among several: pages list other dates (calendars,
 * "latest news", when a blog was opened) further away.
 */
final class Dateline {
    /** How far before the article's first paragraph the dateline may be. */
    static final int BEFORE = 400;
    /** How far into the article a dateline written as its first lines may be. */
    static final int INTO = 150;
    /** How far after the article's last paragraph a closing date line may be. */
    static final int AFTER = 300;
    /** A line no longer than this that holds a date is a dateline. */
    private static final int DATE_LINE = 100;
    /** How far from the article a labelled publication date may be. */
    private static final int LABELLED_REACH = 600;
    private static final Pattern LABEL = Pattern.compile("(?i)(?:发布时间|发表时间|发表于|发布于|发布日期|发稿时间|日期|时间"
            + "|由[^\\s，。]{1,12}于|published|posted|date)\\s*(?:on|at)?\\s*[:：]?\\s*$");

    private Dateline() {
    }

    /**
     * @param visible   the page's visible text
     * @param start     where the article text starts in it
     * @param end       where it ends
     * @param lastStart where the article's last paragraph starts (a closing date line may be part of the text)
     */
    static Optional<String> find(String visible, int start, int end, int lastStart) {
        return labelled(visible, start, end, false)
                .or(() -> beforeText(visible, start))
                .or(() -> labelled(visible, start, end, true))
                .or(() -> afterText(visible, end, lastStart))
                .or(() -> monthOnly(visible, start, end, lastStart));
    }

    /** Issues and reports are dated by month alone ("《北京之春》1998年3月号"): at the end, else at the start. */
    private static Optional<String> monthOnly(String visible, int start, int end, int lastStart) {
        int from = Math.min(visible.length(), end - lastStart <= INTO ? lastStart : end);
        return DateFinder.firstMonth(visible.substring(from, Math.min(visible.length(), end + AFTER)))
                .or(() -> DateFinder.firstMonth(visible.substring(Math.max(0, start - BEFORE), start)));
    }

    /** The labelled date nearest the text, before or in it, or (with {@code after}) after it. */
    private static Optional<String> labelled(String visible, int start, int end, boolean after) {
        int from = Math.max(0, start - LABELLED_REACH);
        String region = visible.substring(from, Math.min(visible.length(), end + LABELLED_REACH));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateFinder.Found f : DateFinder.all(region)) {
            String before = region.substring(Math.max(0, f.at() - 16), f.at());
            if (!LABEL.matcher(before).find()) continue;
            int at = from + f.at();
            if ((at > end) != after) continue;
            int distance = at < start ? start - at : at > end ? at - end : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = f.iso();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A date line opening the text (a short line of its own in its first lines), else the last date before the
     * text, else the first one in its first lines.
     */
    private static Optional<String> beforeText(String visible, int start) {
        int from = Math.max(0, start - BEFORE);
        String head = visible.substring(from, Math.min(visible.length(), start + INTO));
        DateFinder.Found before = null, inside = null;
        for (DateFinder.Found f : DateFinder.all(head)) {
            if (from + f.at() < start) {
                before = f;
            } else {
                if (isDateLine(head, f)) return Optional.of(f.iso());
                if (inside == null) inside = f;
            }
        }
        return Optional.ofNullable(before != null ? before : inside).map(DateFinder.Found::iso);
    }

    private static boolean isDateLine(String text, DateFinder.Found f) {
        int lineStart = text.lastIndexOf('\n', f.at()) + 1;
        int lineEnd = text.indexOf('\n', f.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return TextStats.weight(line) <= DATE_LINE;
    }

    /** A date in a short closing line of the text, or just after it. */
    private static Optional<String> afterText(String visible, int end, int lastStart) {
        int from = Math.min(visible.length(), end - lastStart <= INTO ? lastStart : end);
        return DateFinder.first(visible.substring(from, Math.min(visible.length(), end + AFTER)));
    }
}
