package io.factline.server;

import io.factline.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import io.factline.model.Fact;
import io.factline.model.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static io.factline.server.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint of the HTTP API, as a client calls it: a real server on loopback over a real index. */
class ApiTest {
    private static FactlineServer server;
    private static Http http;

    @BeforeAll
    static void serveTheTestIndex() {
        server = FactlineServer.start(TestIndex.data(), "127.0.0.1", 0, TestData.EXPLORING,
                new PrintStream(OutputStream.nullOutputStream()));
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> ids(JsonNode search) {
        List<String> ids = new ArrayList<>();
        search.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static Map<String, Long> buckets(JsonNode search, String aggregation) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        search.get("aggregations").get(aggregation).get("buckets").forEach(b -> out.put(
                b.has("key_as_string") ? b.get("key_as_string").asText() : b.get("key").asText(), b.get("doc_count").asLong()));
        return out;
    }

    // ---- search ----------------------------------------------------------------------------------------------

    @Test
    void englishSearchHasOpenSearchShapedHitsHighlightsAndAggregations() {
        JsonNode r = http.json("/api/search?q=" + q("daily active users"));
        assertEquals(List.of("46abb6029ff980dd", "hostile-script-img", "kuaishou-dau-260m").stream().sorted().toList(),
                ids(r).stream().sorted().toList(), r.toString());
        assertEquals(3, r.get("total").asLong());
        JsonNode hit = r.get("hits").get(0);
        assertTrue(hit.get("score").asDouble() > 0);
        JsonNode source = hit.get("source");
        for (String f : List.of("id", "url", "title", "lang", "published", "source", "entities")) {
            assertTrue(source.has(f), "source has " + f + ": " + source);
        }
        assertFalse(source.has("text"), "the text is for /api/articles/{id}");
        String snippet = hit.get("highlight").get("text").get(0).asText();
        assertTrue(snippet.contains("<mark>"), snippet);
        assertEquals(Map.of("en", 3L), buckets(r, "lang"));
        assertEquals(3L, buckets(r, "entity").get("Kuaishou"), "entity counts: " + buckets(r, "entity"));
        assertEquals(2L, buckets(r, "entity").get("Douyin"), "entity counts: " + buckets(r, "entity"));
        assertEquals(Map.of("2020-07", 2L, "2020-09", 1L), buckets(r, "published"));
        JsonNode july = r.get("aggregations").get("published").get("buckets").get(0);
        assertEquals(1593561600000L, july.get("key").asLong(), "date histogram keys are epoch ms of the month");
        assertTrue(buckets(r, "metric").containsKey("DAU"));
        assertTrue(buckets(r, "source").containsKey("Chopped Pepper Entertainment"));
    }

    /**
     * A query that cuts across the words of the text (播间累计 in …直播间累计…, where 播 is no word of its own) finds
     * it: both sides are read as character bigrams, so no segmentation can disagree.
     */
    @Test
    void chineseQueryMatchesAcrossWordBoundaries() {
        String query = "播间累计";
        JsonNode found = http.json("/api/search?q=" + q(query));
        assertEquals(List.of("zh-finna-dev-1074"), ids(found));
        String snippet = found.get("hits").get(0).get("highlight").get("text").get(0).asText();
        assertTrue(snippet.contains("<mark>播间累计</mark>"), "one mark over the words the query matched: " + snippet);

        JsonNode none = http.json("/api/search?q=" + q("播间计累"));
        assertEquals(0, none.get("total").asLong(), "the characters in another order are another string");
    }

    @Test
    void filtersNarrowTheSearch() {
        JsonNode zh = http.json("/api/search?q=" + q("字节跳动") + "&lang=zh");
        assertTrue(zh.get("total").asLong() >= 2);
        zh.get("hits").forEach(h -> assertEquals("zh", h.get("source").get("lang").asText()));

        JsonNode byName = http.json("/api/search?entity=" + q("抖音"));
        JsonNode byId = http.json("/api/search?entity=Douyin");
        assertEquals(byId.get("total"), byName.get("total"), "entity names resolve like the CLI's");
        assertTrue(byId.get("total").asLong() >= 4, byId.toString());

        assertEquals(List.of("46abb6029ff980dd", "kuaishou-dau-260m"),
                ids(http.json("/api/search?entity=Douyin&metric=dau")).stream().sorted().toList());
        assertEquals(List.of("kuaishou-dau-260m"), ids(http.json("/api/search?source=" + q("Second Opinion Daily"))));
        assertEquals(List.of("46abb6029ff980dd"), ids(http.json("/api/search?from=2020-09&to=2020-09-30")));
        assertEquals(0, http.json("/api/search?q=Douyin&lang=en&to=2019").get("total").asLong());
    }

    /** A query word that names an entity finds it however articles write it, and says why each matched. */
    @Test
    void aQueryNamingAnEntityFindsItInEitherLanguage() {
        JsonNode byEnglishName = http.json("/api/search?size=50&q=Douyin");
        List<String> titles = new ArrayList<>();
        byEnglishName.get("hits").forEach(h -> titles.add(h.get("source").get("title").asText()));
        assertTrue(titles.contains("抖音电商年货节报告：家乡特色年货销售超300万单"), "Chinese articles: " + titles);
        assertTrue(titles.contains("Shake sound DAU break 600 million, how far from WeChat?"), titles.toString());
        JsonNode chinese = null;
        for (JsonNode h : byEnglishName.get("hits")) if (h.get("source").get("lang").asText().equals("zh")) chinese = h;
        assertEquals("[\"Douyin\"]", String.valueOf(chinese.get("matched_entities")), "why it matched: " + chinese);
        assertTrue(chinese.get("highlight").get("text").toString().contains("<mark>抖音</mark>"), "the name is marked");

        JsonNode byChineseName = http.json("/api/search?size=50&q=" + q("抖音"));
        List<String> langs = new ArrayList<>();
        byChineseName.get("hits").forEach(h -> langs.add(h.get("source").get("lang").asText()));
        assertTrue(langs.contains("en") && langs.contains("zh"), "抖音 finds English articles too: " + langs);
        assertEquals(byEnglishName.get("total"), http.json("/api/search?size=0&q=douyin").get("total"), "any case");
        assertEquals(byEnglishName.get("total"), http.json("/api/search?size=0&q=" + q("shake sound")).get("total"),
                "a machine-translation name of the registry");
    }

    @Test
    void untitledArticlesShowTheirFirstWords() {
        JsonNode hit = http.json("/api/search?q=" + q("Harbor Lane Cinemas")).get("hits").get(0);
        assertTrue(hit.get("source").get("title").isNull());
        assertEquals("Harbor Lane Cinemas said on Friday that it would reopen four of…",
                hit.get("source").get("display_title").asText());
    }

    @Test
    void sourcesAreNamesNeverAddresses() {
        for (JsonNode b : http.json("/api/search?size=0").get("aggregations").get("source").get("buckets")) {
            assertFalse(b.get("key").asText().matches("[\\d.:\\[\\]]+|localhost"), b.toString());
        }
    }

    @Test
    void theTimelineViewGetsTheBusiestTimelinesAndMetricsCoreFirst() {
        JsonNode top = http.json("/api/timelines?limit=3").get("timelines");
        assertEquals(3, top.size());
        assertTrue(top.get(0).get("facts").asLong() >= top.get(1).get("facts").asLong(), top.toString());
        JsonNode douyin = http.json("/api/timelines?entity=" + q("抖音")).get("timelines");
        assertEquals("Douyin", douyin.get(0).get("entity").asText());
        assertEquals("DAU", douyin.get(0).get("metric").asText(), douyin.toString());
        JsonNode metrics = http.json("/api/metrics");
        assertEquals("DAU", metrics.get("core").get(0).asText());
        for (JsonNode m : metrics.get("core")) assertFalse(m.asText().contains(":"), m.toString());
        for (JsonNode m : metrics.get("other")) assertTrue(m.asText().startsWith("other:"), m.toString());
    }

    @Test
    void timelinesTakeMetricsByAnyNameOfferCsvAndSayWhatToTryWhenEmpty() {
        JsonNode byChineseWord = http.json("/api/timeline?entity=" + q("抖音") + "&metric=" + q("日活"));
        assertEquals("DAU", byChineseWord.get("metric").asText());
        assertEquals(2, byChineseWord.get("points").size());
        assertEquals("DAU", http.json("/api/timeline?entity=Douyin&metric=" + q("daily active users")).get("metric").asText());
        HttpResponse<String> csv = http.get("/api/timeline?entity=Douyin&metric=DAU&format=csv");
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
        String[] lines = csv.body().split("\r\n");
        assertEquals("as_of,value,value_high,unit,qualifier,claim,conflict,sources,doc,url,published,sentence", lines[0]);
        assertTrue(lines[1].startsWith("2020-01,400000000,,people,>,reported,false,"), lines[1]);
        JsonNode typo = http.json("/api/timeline?entity=Douyn&metric=DAU");
        assertEquals(0, typo.get("points").size());
        assertEquals("Douyin", typo.get("close_entities").get(0).asText(), typo.toString());
        JsonNode otherMetric = http.json("/api/timeline?entity=Douyin&metric=GMV");
        assertTrue(otherMetric.get("other_metrics").has("DAU"), otherMetric.toString());
        HttpResponse<String> unknown = http.get("/api/timeline?entity=Douyin&metric=dayly%20active");
        assertEquals(400, unknown.statusCode());
        assertTrue(Http.parse(unknown.body()).get("error").asText().contains("did you mean"), unknown.body());
    }

    @Test
    void pagesDoNotOverlap() {
        JsonNode all = http.json("/api/search?size=100");
        assertEquals(28, all.get("total").asLong());
        assertEquals(28, all.get("hits").size());
        JsonNode p1 = http.json("/api/search?size=10&page=1"), p3 = http.json("/api/search?size=10&page=3");
        assertEquals(10, p1.get("hits").size());
        assertEquals(8, p3.get("hits").size());
        assertTrue(Collections.disjoint(ids(p1), ids(p3)));
        assertEquals(0, http.json("/api/search?size=0").get("hits").size(), "size=0: counts only");
    }

    // ---- facts -----------------------------------------------------------------------------------------------

    @Test
    void factsAreStreamedAsJsonLinesInTheDesignFormat() throws IOException {
        HttpResponse<String> r = http.get("/api/facts?entity=" + q("抖音") + "&metric=DAU");
        assertEquals(200, r.statusCode());
        assertEquals("application/x-ndjson; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("chunked", r.headers().firstValue("Transfer-Encoding").orElse(""), "streamed, not buffered");
        String[] lines = r.body().split("\n");
        assertEquals(2, lines.length, r.body());
        Fact first = Json.mapper().readValue(lines[0], Fact.class);
        assertEquals("Douyin", first.entity());
        assertEquals("2020-01", first.asOf());
        assertTrue(lines[1].contains("\"value\":600000000,"), "whole numbers as integers: " + lines[1]);

        JsonNode pledges = Http.parse(http.get("/api/facts?entity=Douyin&claim=pledge").body().split("\n")[0]);
        assertEquals("pledge", pledges.get("claim").asText());
        String later = http.get("/api/facts?entity=Douyin&metric=DAU&from=2020-06").body();
        assertEquals(1, later.split("\n").length, later);
    }

    @Test
    void factsAsCsvAndGzipped() throws IOException {
        HttpResponse<String> csv = http.get("/api/facts?entity=Douyin&metric=DAU&format=csv");
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
        String[] rows = csv.body().split("\r\n");
        assertTrue(rows[0].startsWith("id,doc,entity,entity_mention,metric,value,"), rows[0]);
        assertEquals(3, rows.length);
        assertTrue(rows[2].contains(",DAU,600000000,"), rows[2]);

        HttpResponse<byte[]> gz = http.getBytes("/api/facts?entity=Douyin", "Accept-Encoding", "gzip");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        String plain = http.get("/api/facts?entity=Douyin").body();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertEquals(plain, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    // ---- timeline --------------------------------------------------------------------------------------------

    @Test
    void timelineHasTheTwoDouyinDauPointsWithTheirSources() {
        JsonNode t = http.json("/api/timeline?entity=" + q("抖音") + "&metric=dau");
        assertEquals("Douyin", t.get("entity").asText());
        assertEquals("DAU", t.get("metric").asText());
        JsonNode points = t.get("points");
        assertEquals(2, points.size());
        assertEquals("2020-01", points.get(0).get("as_of").asText());
        assertEquals(400_000_000L, points.get(0).get("value").asLong());
        assertEquals("2020-08", points.get(1).get("as_of").asText());
        JsonNode p = points.get(1);
        assertEquals(">", p.get("qualifier").asText());
        assertEquals("reported", p.get("claim").asText());
        assertFalse(p.get("conflict").asBoolean());
        JsonNode s = p.get("sources").get(0);
        for (String f : List.of("doc", "url", "title", "published", "sentence")) assertTrue(s.has(f), f + " in " + s);
        assertEquals("2020-09-16T10:01:40", s.get("published").asText());
        assertTrue(s.get("sentence").asText().contains("600 million"));
    }

    @Test
    void timelineFlagsSourcesThatDisagreeAboutOnePeriod() {
        JsonNode points = http.json("/api/timeline?entity=Kuaishou&metric=DAU").get("points");
        List<JsonNode> june = new ArrayList<>();
        points.forEach(p -> {
            if (p.get("as_of").asText().equals("2020-06")) june.add(p);
            else assertFalse(p.get("conflict").asBoolean(), p.toString());
        });
        assertEquals(List.of(260_000_000L, 300_000_000L), june.stream().map(p -> p.get("value").asLong()).toList());
        assertTrue(june.stream().allMatch(p -> p.get("conflict").asBoolean()), "300 and 260 million for June 2020: " + june);
    }

    // ---- articles, entities, metrics ---------------------------------------------------------------------------

    @Test
    void articleHasItsTextEntitiesAndFactsWithOffsetsIntoTheText() {
        JsonNode a = http.json("/api/articles/46abb6029ff980dd");
        String text = a.get("text").asText();
        assertTrue(text.length() > 2000);
        assertEquals("Shake sound DAU break 600 million, how far from WeChat?", a.get("title").asText());
        assertTrue(a.get("entities").toString().contains("Douyin"));
        assertTrue(a.get("facts").size() >= 6, a.get("facts").toString());
        for (JsonNode f : a.get("facts")) {
            assertEquals(f.get("sentence").asText(), text.substring(f.get("start").asInt(), f.get("end").asInt()),
                    "offsets point at the sentence");
        }
    }

    @Test
    void entitiesForAutocompleteAndMetrics() {
        JsonNode e = http.json("/api/entities?q=" + q("抖音"));
        JsonNode first = e.get("entities").get(0);
        assertEquals("Douyin", first.get("id").asText());
        assertTrue(first.get("aliases").toString().contains("shake sound"), first.toString());
        assertEquals("Douyin", http.json("/api/entities?q=shake%20sound&limit=1").get("entities").get(0).get("id").asText());
        assertEquals(1, http.json("/api/entities?q=dou&limit=1").get("entities").size());
        JsonNode metrics = http.json("/api/metrics").get("metrics");
        assertTrue(metrics.toString().contains("\"DAU\"") && metrics.toString().contains("\"revenue\""));
    }

    // ---- errors ----------------------------------------------------------------------------------------------

    @Test
    void badParametersAre400WithAJsonMessage() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("/api/search?size=abc", "size: expected a whole number");
        cases.put("/api/search?size=1000", "size: expected a whole number from 0 to 100");
        cases.put("/api/search?page=0", "page: expected");
        cases.put("/api/search?page=500&size=100", "page × size");
        cases.put("/api/search?lang=fr", "lang: expected zh or en");
        cases.put("/api/search?from=yesterday", "from: not a date");
        cases.put("/api/search?from=2021&to=2020", "is after to");
        cases.put("/api/search?metric=likes", "unknown metric 'likes'");
        cases.put("/api/search?qq=douyin", "unknown parameter 'qq'");
        cases.put("/api/search?q=a&q=b", "given twice");
        cases.put("/api/search?q=" + q("\"unclosed"), "the query opens a quote (\") that it does not close");
        cases.put("/api/timeline?metric=DAU", "parameter 'entity' is required");
        cases.put("/api/timeline?entity=Douyin", "parameter 'metric' is required");
        cases.put("/api/facts?format=xml", "format: expected jsonl or csv");
        cases.put("/api/facts?claim=maybe", "claim: expected reported or pledge or forecast");
        cases.put("/api/facts?to=2020-13", "to: not a date");
        cases.put("/api/entities", "parameter 'q' is required");
        cases.put("/api/entities?q=dou&limit=-1", "limit: expected");
        cases.forEach((url, message) -> {
            HttpResponse<String> r = http.get(url);
            assertEquals(400, r.statusCode(), url + " → " + r.body());
            assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), url);
            String error = Http.parse(r.body()).get("error").asText();
            assertTrue(error.contains(message), url + ": " + error);
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
        });
        // java.net.URI refuses to send a malformed escape; a raw request does, and the JDK's server refuses it
        String raw = Http.raw(server.port(), "GET /api/search?q=%zz HTTP/1.1");
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertFalse(raw.contains("\tat "), raw);
    }

    @Test
    void unknownIdsAndPathsAre404AndOtherMethods405() {
        HttpResponse<String> article = http.get("/api/articles/no-such-article");
        assertEquals(404, article.statusCode());
        assertEquals("no article with id 'no-such-article'", Http.parse(article.body()).get("error").asText());
        assertEquals(404, http.get("/api/articles/").statusCode());
        assertEquals(404, http.get("/api/nothing").statusCode());
        assertEquals(404, http.get("/../../etc/passwd").statusCode());
        assertEquals(404, http.get("/web/index.html").statusCode());
        HttpResponse<String> post = http.send("POST", "/api/search");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    }

    // ---- the page and its headers ------------------------------------------------------------------------------

    @Test
    void thePageIsServedWithSecurityHeaders() {
        HttpResponse<String> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.body().contains("<script src=\"app.js\" defer></script>"));
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "nothing from elsewhere");
        for (String path : List.of("/", "/app.js", "/api/metrics", "/api/articles/nope")) {
            HttpResponse<String> r = http.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        assertEquals("text/javascript; charset=utf-8", http.get("/chart.js").headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> gz = http.getBytes("/app.js", "Accept-Encoding", "gzip");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
    }

    // ---- hostile text ----------------------------------------------------------------------------------------

    /** The API returns crawled text as data (JSON strings); snippets are HTML-escaped but for their <mark> tags. */
    @Test
    void hostileTextIsDataAndSnippetsAreEscaped() {
        JsonNode a = http.json("/api/articles/" + TestIndex.HOSTILE);
        assertTrue(a.get("text").asText().contains("<script>window.__xss = 'text-script'</script>"));
        assertTrue(a.get("title").asText().contains("<script>"));

        JsonNode r = http.json("/api/search?q=xsspayload");
        assertEquals(List.of(TestIndex.HOSTILE), ids(r));
        String snippet = r.get("hits").get(0).get("highlight").get("text").get(0).asText();
        assertTrue(snippet.contains("&lt;a href=&quot;javascript:window.__xss=&#x27;text-a&#x27;&quot;&gt;"), snippet);
        Matcher tags = Pattern.compile("<[^>]*>").matcher(snippet);
        while (tags.find()) assertTrue(tags.group().equals("<mark>") || tags.group().equals("</mark>"), tags.group());
        assertNotEquals(-1, snippet.indexOf("<mark>xsspayload</mark>"), snippet);
    }
}
