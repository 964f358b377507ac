package io.factline.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Close names for one that matched nothing: "did you mean Douyin?" for "Douyn", "daily active users" for "dau users". */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The ids whose names are closest to {@code typed}: a name that starts with it or contains it, or one a few
     * keystrokes away (edit distance up to a third of its length); closest first, each id once.
     *
     * @param names name → id
     */
    public static List<String> closest(String typed, Map<String, String> names, int limit) {
        String q = typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return List.of();
        Map<String, Integer> best = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            int d;
            if (name.equals(q)) d = 0;
            else if (name.startsWith(q) || q.startsWith(name) && name.length() >= 2) d = 1 + Math.abs(name.length() - q.length()) / 4;
            else if (name.contains(q) && q.length() >= 2) d = 2 + Math.abs(name.length() - q.length()) / 4;
            else {
                int max = Math.max(1, Math.min(q.length(), name.length()) / 3);
                if (Math.abs(name.length() - q.length()) > max) continue;
                d = editDistance(q, name, max);
                if (d > max) continue;
                d += 1;
            }
            best.merge(e.getValue(), d, Math::min);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int editDistance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
