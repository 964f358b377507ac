package io.factline.nlp;

import java.util.OptionalDouble;

/**
 * Reads a Chinese-written number: Arabic digits in half or full width with thousands separators and decimal
 * points ({@code 1,100.9}, {@code ７.１}), Chinese numerals ({@code 四千万}, {@code 一百零五}, {@code 三点五}),
 * and either followed by the multipliers 十 百 千 万 亿 兆 in any valid combination ({@code 4.84亿},
 * {@code 9,270万}, {@code 1.5万亿}). 数, 几 and 上 stand for an unknown digit and read as 1: "数千万" is at
 * least ten million.
 */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** Full-width digits and points to ASCII; other characters unchanged. */
    public static String halfWidth(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') sb.append((char) ('0' + (c - '０')));
            else if (c == '．' || c == '﹒' || c == '。' && i > 0 && i + 1 < s.length() && isDigit(s.charAt(i - 1))
                    && isDigit(s.charAt(i + 1))) sb.append('.');
            else if (c == '，' && i > 0 && isDigit(s.charAt(i - 1))) sb.append(',');
            else if (c == '％') sb.append('%');
            else sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇', '０', '0' -> 0;
            case '一', '壹', '1', '１' -> 1;
            case '二', '两', '贰', '2', '２' -> 2;
            case '三', '叁', '3', '３' -> 3;
            case '四', '肆', '4', '４' -> 4;
            case '五', '伍', '5', '５' -> 5;
            case '六', '陆', '6', '６' -> 6;
            case '七', '柒', '7', '７' -> 7;
            case '八', '捌', '8', '８' -> 8;
            case '九', '玖', '9', '９' -> 9;
            case '数', '几', '上' -> 1;
            default -> -1;
        };
    }

    static long smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** The value of {@code s}, or empty when it is not a number. Spaces inside ("7.1 亿") are ignored. */
    public static OptionalDouble parse(String raw) {
        String s = halfWidth(raw).replaceAll("[\\s,]", "");
        if (s.isEmpty()) return OptionalDouble.empty();
        int i = 0;
        double number = 0;
        boolean haveNumber = false;
        // A leading Arabic number, possibly decimal: "4.84亿", "9270万".
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
        if (j > i) {
            try {
                number = Double.parseDouble(s.substring(i, j));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
            haveNumber = true;
            i = j;
        }
        double total = 0, section = 0;
        boolean any = haveNumber;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            long unit = smallUnit(c);
            if (d >= 0) {
                if (c == '零' || c == '〇') continue;
                number = d;
                haveNumber = true;
                any = true;
            } else if (c == '点' && haveNumber) {
                // 三点五: decimal digits follow.
                double frac = 0, scale = 0.1;
                int k = i + 1;
                while (k < s.length() && digit(s.charAt(k)) >= 0 && smallUnit(s.charAt(k)) == 0) {
                    frac += digit(s.charAt(k)) * scale;
                    scale /= 10;
                    k++;
                }
                if (k == i + 1) return OptionalDouble.empty();
                number += frac;
                i = k - 1;
            } else if (unit > 0) {
                section += (haveNumber ? number : 1) * unit;
                number = 0;
                haveNumber = false;
                any = true;
            } else if (c == '万') {
                // 万 multiplies its own section: 三亿五千万 = 3亿 + 5000万.
                section += number;
                total += (section == 0 ? 1 : section) * 1e4;
                section = number = 0;
                haveNumber = false;
                any = true;
            } else if (c == '亿' || c == '兆') {
                // 亿 and 兆 multiply everything before them: 一万亿 = (1万)亿.
                double before = total + section + number;
                total = (before == 0 ? 1 : before) * (c == '亿' ? 1e8 : 1e12);
                section = number = 0;
                haveNumber = false;
                any = true;
            } else {
                return OptionalDouble.empty();
            }
        }
        if (!any) return OptionalDouble.empty();
        return OptionalDouble.of(total + section + number);
    }
}
