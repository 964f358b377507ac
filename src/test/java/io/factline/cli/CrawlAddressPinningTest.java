package io.factline.cli;

import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DNS rebinding: a name that resolves to one address when the crawler checks it and to another when the HTTP client
 * connects. The crawl process keeps the first answer for each name, so it connects only to addresses it checked.
 * The name service here is a hosts file ({@code jdk.net.hosts.file}) that the test rewrites mid-crawl, with the
 * JVM's own cache of answers cut to one second ({@code sun.net.inetaddr.ttl}) as a resolver with a short TTL.
 */
class CrawlAddressPinningTest {
    private static final int PAGES = 8;

    @TempDir
    Path dir;

    private static void chain(TestSite site, String label) {
        for (int i = 0; i < PAGES; i++) {
            String next = i + 1 < PAGES ? "<p><a href=\"/n/" + (i + 1) + ".html\">next</a></p>" : "";
            site.route("/n/" + i + ".html", PageRoute.html(label + " " + i,
                    "<h1>" + label + " " + i + "</h1><p>A page of the " + label + " site.</p>" + next));
        }
    }

    @Test
    void aNameThatResolvesElsewhereMidCrawlIsStillFetchedFromTheAddressFirstChecked() throws Exception {
        try (TestSite first = TestSite.start(); TestSite second = TestSite.start("127.0.0.2", first.port())) {
            chain(first, "checked");
            chain(second, "rebound");
            Path hosts = dir.resolve("hosts");
            Files.writeString(hosts, "127.0.0.1 news.rebind.test\n");
            Path log = dir.resolve("crawl.log");
            Process crawl = Cli.child(List.of("-Djdk.net.hosts.file=" + hosts, "-Dsun.net.inetaddr.ttl=1"),
                    List.of("crawl", "--data", dir.resolve("data").toString(), "--allow-private", "--delay-ms", "400", "--max-depth", "10",
                            "http://news.rebind.test:" + first.port() + "/n/0.html"), log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (first.hits("/n/1.html").isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);
            Files.writeString(hosts, "127.0.0.2 news.rebind.test\n"); // the name now points elsewhere
            assertTrue(crawl.waitFor(60, TimeUnit.SECONDS), Files.readString(log));
            assertEquals(0, crawl.exitValue(), Files.readString(log));
            assertEquals(List.of(), second.hits(), "nothing reached the address the name was rebound to");
            for (int i = 0; i < PAGES; i++) {
                assertEquals(1, first.hits("/n/" + i + ".html").size(), "page " + i + " from the checked address: " + Files.readString(log));
            }
        }
    }
}
