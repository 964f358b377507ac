package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.YearMonth;

/**
 * A spider trap: an events calendar under {@code /calendar/YYYY-MM} whose every month links the next and the
 * previous one, forever.
 */
public final class CalendarTrapRoute implements HttpHandler {
    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        YearMonth month;
        try {
            month = YearMonth.parse(path.substring("/calendar/".length()));
        } catch (RuntimeException e) {
            new NotFoundRoute().handle(ex);
            return;
        }
        Responses.send(ex, 200, "text/html", Responses.html("Events " + month,
                "<h1>Events in " + month + "</h1><p>No events.</p>"
                        + "<a href=\"/calendar/" + month.minusMonths(1) + "\">previous</a> "
                        + "<a href=\"/calendar/" + month.plusMonths(1) + "\">next</a>"));
    }
}
