package io.factline.index;

import java.util.regex.Pattern;

/**
 * Says in plain words what is wrong with a query the parser refuses: the mistakes people make when typing one
 * (a lone {@code *}, a quote or parenthesis left open, a trailing AND), else a general hint.
 */
final class QueryProblems {
    /** A word that starts with a wildcard: {@code *}, {@code *yin}, {@code ?ouyin}. */
    private static final Pattern LEADING_WILDCARD = Pattern.compile("(?:^|[\\s(:+-])[*?]");
    private static final Pattern TRAILING_OPERATOR = Pattern.compile("(?i)(?:^|\\s)(?:AND|OR|NOT|&&|\\|\\|)\\s*$");
    private static final Pattern LEADING_OPERATOR = Pattern.compile("(?i)^\\s*(?:AND|OR|&&|\\|\\|)(?:\\s|$)");

    static final String TOO_MANY_WORDS = "the query has too many words, or a wildcard that stands for too many "
            + "(a short word before *): make it narrower";

    /** Parentheses deeper than this are no one's query, and the parser recurses once per level. */
    static final int MAX_NESTING = 32;
    /** Characters of a query; a longer one is pasted text, not a search. */
    static final int MAX_CHARS = 2000;

    private QueryProblems() {
    }

    /** Why {@code query} is refused before it is parsed (too long, too deeply nested), or null when it is not. */
    static String refusal(String query) {
        int depth = 0, deepest = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '(') deepest = Math.max(deepest, ++depth);
            else if (c == ')') depth--;
        }
        if (deepest > MAX_NESTING) {
            return "the query nests parentheses " + deepest + " deep: at most " + MAX_NESTING
                    + " levels are understood";
        }
        if (query.length() > MAX_CHARS) {
            return "the query is " + query.length() + " characters long: at most " + MAX_CHARS + " are searched";
        }
        return null;
    }

    /** Why {@code query} cannot be run, for the person who wrote it. */
    static String explain(String query) {
        String q = query.strip();
        if (q.equals("*") || q.equals("*:*")) {
            return "'*' alone is not a search: leave the query empty to list every article, or search for words";
        }
        if (LEADING_WILDCARD.matcher(q).find()) {
            return "a word cannot start with * or ?: put the wildcard after some letters (douy*), not before them";
        }
        if (count(q, '"') % 2 == 1) return "the query opens a quote (\") that it does not close";
        int depth = 0;
        for (char c : q.toCharArray()) {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) break;
        }
        if (depth != 0) return "the query's parentheses do not pair up";
        if (TRAILING_OPERATOR.matcher(q).find() || LEADING_OPERATOR.matcher(q).find()) {
            return "AND, OR and NOT join two words: the query has one with nothing on one side";
        }
        if (q.matches(".*(?<!\\\\)[\\[\\]{}^~:\\\\/].*")) {
            return "the query uses a character that has a meaning in queries ([ ] { } ^ ~ : / \\): put the words in "
                    + "quotes to search for them as written";
        }
        return "cannot understand the query '" + query + "': check its quotes, parentheses and AND/OR/NOT";
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c && (i == 0 || s.charAt(i - 1) != '\\')) n++;
        }
        return n;
    }
}
