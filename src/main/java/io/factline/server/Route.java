package io.factline.server;

import java.io.IOException;
import java.util.Set;

/** One endpoint of the API: the parameters it takes, and how it answers a GET. */
interface Route {
    Set<String> parameters();

    /**
     * @param tail   what follows the route's path prefix ({@code /api/articles/} + tail), else empty
     * @param params the query parameters, already checked against {@link #parameters()}
     */
    void answer(String tail, Params params, Reply reply) throws IOException;
}
