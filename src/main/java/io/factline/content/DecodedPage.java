package io.factline.content;

/**
 * Page text after charset detection.
 *
 * @param text     the decoded characters
 * @param encoding the charset the bytes were decoded as (canonical Java name)
 */
public record DecodedPage(String text, String encoding) {
}
