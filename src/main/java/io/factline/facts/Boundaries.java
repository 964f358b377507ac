package io.factline.facts;

/** Clause boundaries inside a sentence, which pairing and dating must not cross (hard) or should not (soft). */
final class Boundaries {
    private Boundaries() {
    }

    static boolean hard(String gap) {
        return gap.indexOf(';') >= 0 || gap.indexOf('；') >= 0 || gap.indexOf('。') >= 0;
    }

    /** Commas, colons, parentheses; in Chinese also a space next to a Han character (headline segments). */
    static int soft(String gap, String lang) {
        int n = 0;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == ',' || c == '，' || c == ':' || c == '：' || c == '(' || c == '（' || c == '、' || c == '|' || c == '｜') n++;
            else if (lang.equals("zh") && c == ' ' && i > 0 && i + 1 < gap.length() && gap.charAt(i - 1) != ' '
                    && (isHan(gap.charAt(i - 1)) || isHan(gap.charAt(i + 1)))) n++;
        }
        return n;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
