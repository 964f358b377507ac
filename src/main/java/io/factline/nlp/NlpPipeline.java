package io.factline.nlp;

import io.factline.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NLP stage entry point. Decides the article's language, and for text that mixes languages analyses each run of
 * paragraphs with the analyser of its own language; CoreNLP and HanLP load on first use, once per pipeline
 * (create one pipeline per process).
 */
public final class NlpPipeline {
    /**
     * Characters of one article analysed at most: a news article has 2,000 to 20,000, a long report 100,000. Past
     * it (a book, a log, a flattened archive page) the rest is kept in the index but not analysed, so that one input
     * cannot cost an hour of NLP; the cut is reported by {@link AnnotatedArticle#analysedChars()}.
     */
    public static final int MAX_ANALYSED_CHARS = 200_000;
    /** A year written alone: not 1,980, not 2020%, not the 1980s. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d%]|[.,]\\d|'?s\\b)");
    /** Ends of sentences; an English full stop only before a space ("$3.7bn" is one number). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？；;])\\s*|\\n");
    /**
     * Words before a year that is a comparison, not the period reported: "from its 2003 performance", "down from
     * $1bn in the fourth quarter of 2003", 较2019年; not "from £3.24bn in 2003 to £2.89bn in 2004" for 2004.
     */
    private static final Pattern COMPARED = Pattern.compile(
            "(?i)(?:\\b(?:from|than|compared (?:with|to)|versus|against)(?: (?:its|the|their|a|an))?(?: same period(?: of| in)?)?\\s*$)"
            + "|(?:\\b(?:from|compared (?:with|to)|versus)\\b(?![^;]*\\bto\\b)(?:[^.;]|\\.(?=\\d)){0,45}$)|(?:较|比|相比)\\s*$");
    /** A sentence that states figures (the years it names are what the figures are about). */
    private static final Pattern FIGURE = Pattern.compile("\\d");
    /** Words of a results announcement: "公布了2021财年第四季度及全年财报" states the year with no figure. */
    private static final Pattern REPORTING = Pattern.compile("(?i)财报|业绩|年报|季报|财年|\\b(?:results|earnings|fiscal)\\b");
    /**
     * A deadline ("by 2007", "by the end of 2020", 到2025年): like the words of models/future.tsv, it looks ahead,
     * and the years such sentences name are not the one being reported.
     */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?i)\\bby(?= (?:the )?(?:(?:end|middle|start) of )?(?:19|20)\\d{2})|到\\d{4}年");
    // Loading CoreNLP takes seconds and gigabytes: one of each analyser per process, shared by every pipeline.
    private static volatile EnglishAnnotator english;
    private static volatile ChineseAnnotator chinese;
    /** Told when a slow model load starts and ends (the command line says so on stderr); null: nobody. */
    private static volatile Consumer<String> loadNotices;
    private final Collection<String> chineseUserWords;
    private final NlpMode mode;
    /** Whether this pipeline's words are in HanLP's dictionary (once per pipeline, not once per article). */
    private volatile boolean chineseWordsAdded;

    /**
     * @param chineseUserWords words the Chinese segmenter must keep whole: entity names, metric words
     */
    public NlpPipeline(Collection<String> chineseUserWords) {
        this(chineseUserWords, NlpMode.FAST);
    }

    /**
     * @param chineseUserWords words the Chinese segmenter must keep whole: entity names, metric words
     * @param mode             how English text is analysed
     */
    public NlpPipeline(Collection<String> chineseUserWords, NlpMode mode) {
        this.chineseUserWords = List.copyOf(chineseUserWords);
        this.mode = mode;
    }

    public NlpMode mode() {
        return mode;
    }

    /** Annotates an article; its {@code lang} is set from the text when missing. */
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        String lang = languageOf(article);
        Article a = article.lang() == null ? article.withLang(lang) : article;
        LocalDate published = a.publishedDate().orElse(null);
        Integer anchor = published == null ? anchorYear(text) : null;
        List<Sentence> sentences = new ArrayList<>();
        int analysed = analysedLength(text, MAX_ANALYSED_CHARS);
        for (Run run : runs(text.substring(0, analysed), lang)) {
            String part = text.substring(run.start, run.end);
            sentences.addAll(run.lang.equals(Language.ZH)
                    ? chinese().annotate(part, run.start, published, anchor, sentences.size())
                    : english(mode).annotate(part, run.start, published, anchor, sentences.size(), mode));
        }
        return new AnnotatedArticle(a, sentences, analysed);
    }

    /**
     * How much of {@code text} is analysed: all of it up to {@code max} characters, else up to the last paragraph
     * or sentence end before {@code max} when one lies in its second half, else {@code max} (never inside a pair
     * of surrogates).
     */
    static int analysedLength(String text, int max) {
        if (text.length() <= max) return text.length();
        int paragraph = text.lastIndexOf('\n', max - 1);
        if (paragraph >= max / 2) return paragraph;
        Matcher end = SENTENCE_END.matcher(text).region(max / 2, max);
        int cut = -1;
        while (end.find()) cut = end.start();
        if (cut >= 0) return cut;
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    /** Loads the models this article needs, if not loaded yet (so that timing its analysis leaves them out). */
    public void warmUpFor(Article article) {
        String text = article.text() == null ? "" : article.text();
        for (Run run : runs(text, languageOf(article))) warmUp(run.lang);
    }

    /** The language an article is analysed as: its own when it says, else its text's (no model is loaded). */
    public static String languageOf(Article article) {
        return article.lang() != null ? article.lang() : Language.detect(article.text());
    }

    /** Loads the models now rather than on the first article (servers and benchmarks warm up with this). */
    public void warmUp(String lang) {
        if (lang.equals(Language.ZH)) chinese();
        else english(mode);
    }

    private record Run(int start, int end, String lang) {
    }

    /** Consecutive paragraphs of one language, each line's as {@link Language#ofLine} decides. */
    static List<Run> runs(String text, String articleLang) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        String current = null;
        int runStart = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            String lang = Language.ofLine(line, articleLang, current);
            if (current == null) current = lang;
            else if (!lang.equals(current)) {
                runs.add(new Run(runStart, start, current));
                runStart = start;
                current = lang;
            }
            if (nl < 0) break;
            start = nl + 1;
        }
        if (current != null && runStart < text.length()) runs.add(new Run(runStart, text.length(), current));
        return runs;
    }

    /**
     * Without a publication date, the year the article reports on dates what it leaves undated: the year named
     * most often (the latest on a tie) in sentences that state figures and do not look ahead (a results story
     * names the year it reports; the next year only in forecasts, plans and quotes); a comparison year counts as
     * the year after it.
     */
    static Integer anchorYear(String text) {
        java.util.Map<Integer, Integer> reported = new java.util.TreeMap<>();
        for (String sentence : SENTENCE_END.split(text)) {
            Matcher m = YEAR.matcher(sentence);
            if (!m.find()) continue; // most sentences name no year: the tests below are only for those that do
            boolean ahead = FutureWords.get().in(sentence) || DEADLINE.matcher(sentence).find();
            boolean figures = FIGURE.matcher(YEAR.matcher(sentence).replaceAll("")).find()
                    || REPORTING.matcher(sentence).find();
            m.reset();
            while (m.find()) {
                Integer y = Integer.valueOf(m.group(1));
                // "up 27% from its 2003 performance": the year compared with is the one before the reported one.
                if (COMPARED.matcher(sentence.substring(Math.max(0, m.start() - 60), m.start())).find()) y = y + 1;
                if (!ahead && figures) reported.merge(y, 1, Integer::sum);
            }
        }
        return reported.entrySet().stream()
                .max(java.util.Map.Entry.<Integer, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    /**
     * Where to say that the English models are being loaded (a few seconds on two cores, the first time an English
     * text is met), and when they are ready. Process-wide, like the models.
     */
    public static void loadNotices(Consumer<String> notices) {
        loadNotices = notices;
    }

    /** The English analyser with what a mode needs loaded, saying so when that takes a while. */
    private static EnglishAnnotator english(NlpMode mode) {
        EnglishAnnotator e = english;
        if (e == null || !e.loaded(mode)) {
            synchronized (NlpPipeline.class) {
                if (english == null) {
                    english = loading("the English models (CoreNLP), a few seconds", "English models",
                            EnglishAnnotator::new);
                }
                EnglishAnnotator a = english;
                if (!a.loaded(mode)) {
                    loading("CoreNLP's numeric classifiers and SUTime (--nlp full), a few seconds",
                            "numeric classifiers and SUTime", () -> {
                                a.load(mode);
                                return a;
                            });
                }
                e = a;
            }
        }
        return e;
    }

    /** Runs a slow load, told to {@link #loadNotices} before and after. */
    private static <T> T loading(String what, String done, java.util.function.Supplier<T> load) {
        Consumer<String> notices = loadNotices;
        long t0 = System.nanoTime();
        if (notices != null) notices.accept("loading " + what + "…");
        T t = load.get();
        if (notices != null) notices.accept(String.format("%s loaded in %.1f s", done, (System.nanoTime() - t0) / 1e9));
        return t;
    }

    /** HanLP's user dictionary is process-wide too; words of every pipeline are added to it. */
    private ChineseAnnotator chinese() {
        ChineseAnnotator c = chinese;
        if (c != null && chineseWordsAdded) return c; // the common case: no lock, no dictionary walk
        synchronized (NlpPipeline.class) {
            if (chinese == null) chinese = new ChineseAnnotator(chineseUserWords);
            else if (!chineseWordsAdded) chinese.addUserWords(chineseUserWords);
            chineseWordsAdded = true;
            return chinese;
        }
    }
}
