package io.factline.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source, "via" and author lines as news pages and syndicated copies write them in their header:
 * {@code 来源：新浪科技}, {@code Source: Reuters}, {@code via:博客园}, {@code 转载自…}, {@code 作者：…}, {@code By Jane Doe}.
 */
final class Byline {
    private static final String END = "(?=\\s{2,}|\\s+(?:time|via|作者|来源|编辑|责任编辑|时间|发布时间)\\s*[:：]"
            + "|\\s*(?:转载自|转自|轉載自)|[|｜()（）\\n]|$)";
    private static final Pattern SOURCE = Pattern.compile(
            "(?:来源|來源|出处|Source)\\s*[:：]\\s*(.{2,40}?)" + END, Pattern.CASE_INSENSITIVE);
    private static final Pattern VIA = Pattern.compile(
            "(?:\\bvia\\s*[:：]?|转载自|转自|轉載自)\\s*(.{2,40}?)" + END, Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:作者|文|记者|撰文)\\s*[:：/／]\\s*(.{2,30}?)" + END + "|^By\\s+([A-Z][\\w.'-]+(?:\\s+[A-Z][\\w.'-]+){0,3})");

    private Byline() {
    }

    static Optional<String> source(String header) {
        return group(SOURCE.matcher(header));
    }

    static Optional<String> via(String header) {
        return group(VIA.matcher(header));
    }

    static Optional<String> author(String header) {
        for (String line : header.split("\n")) {
            Matcher m = AUTHOR.matcher(line.strip());
            if (m.find()) {
                String a = m.group(1) != null ? m.group(1) : m.group(2);
                if (a != null && !a.isBlank()) return Optional.of(a.replace('\u00a0', ' ').strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> group(Matcher m) {
        while (m.find()) {
            // "来源：[ 人民网 ]": brackets, spaces and stray symbols frame the name, they are not part of it.
            String v = m.group(1).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N})）]+$", "");
            if (!v.isEmpty() && !v.startsWith("http")) return Optional.of(v);
        }
        return Optional.empty();
    }
}
