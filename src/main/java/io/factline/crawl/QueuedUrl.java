package io.factline.crawl;

/**
 * A URL waiting in the frontier.
 *
 * @param id             row id in the store
 * @param url            normalised URL
 * @param depth          hops from a seed
 * @param attempts       fetches tried so far
 * @param etag           validator of the copy fetched in an earlier run, or null
 * @param lastModified   validator of the copy fetched in an earlier run, or null
 * @param redirects      redirects followed to reach it
 * @param redirectOrigin the first URL of the redirect chain that led here, or null
 * @param via            the page it was found on, or null for a seed
 */
record QueuedUrl(long id, String url, int depth, int attempts, String etag, String lastModified, int redirects,
                 String redirectOrigin, String via) {
}
