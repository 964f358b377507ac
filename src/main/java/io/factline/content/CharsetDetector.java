package io.factline.content;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes the way a careful browser would, but trusting the bytes over the label: a byte order mark
 * wins; then a declared charset (HTTP header, then {@code <meta>} as in the HTML5 prescan) is used only if the
 * bytes really are valid in it. Real Chinese pages declare gb2312 and are UTF-8, or are GBK and declare
 * nothing, so UTF-8 validity is checked first: non-ASCII text that is valid UTF-8 is practically never
 * anything else.
 */
public final class CharsetDetector {
    /** The HTML5 prescan looks at the first 1024 bytes; real pages put the meta later, behind long heads. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    /**
     * @param bytes       the page
     * @param contentType the HTTP Content-Type header, or null
     */
    public static DecodedPage decode(byte[] bytes, String contentType) {
        Optional<DecodedPage> bom = decodeBom(bytes);
        if (bom.isPresent()) return bom.get();

        boolean ascii = isAscii(bytes);
        Optional<String> utf8 = ascii ? Optional.empty() : strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) return new DecodedPage(utf8.get(), "UTF-8");

        Optional<Charset> declared = declared(contentType, bytes);
        if (declared.isPresent()) {
            Charset cs = widen(declared.get());
            Optional<String> text = strict(bytes, cs);
            if (text.isPresent()) return new DecodedPage(text.get(), cs.name());
        }
        if (ascii) return new DecodedPage(new String(bytes, StandardCharsets.US_ASCII), "US-ASCII");

        String guessed = guess(bytes);
        if (guessed != null) {
            Charset cs = widen(Charset.forName(guessed));
            Optional<String> text = strict(bytes, cs);
            if (text.isPresent()) return new DecodedPage(text.get(), cs.name());
        }
        // Chinese pages without a usable label are mostly GBK; GB18030 is its superset.
        Charset gb = Charset.forName("GB18030");
        Optional<String> text = strict(bytes, gb);
        if (text.isPresent()) return new DecodedPage(text.get(), gb.name());
        return leastDamaged(bytes, declared, guessed);
    }

    /**
     * No charset decodes every byte (a page with a few corrupt sequences): the one that leaves the fewest
     * undecodable sequences among the declared, the guessed, UTF-8 and GB18030; a single-byte charset only when
     * nothing multi-byte comes close, since it decodes anything into mojibake without complaint.
     */
    private static DecodedPage leastDamaged(byte[] bytes, Optional<Charset> declared, String guessed) {
        java.util.LinkedHashSet<Charset> candidates = new java.util.LinkedHashSet<>();
        declared.map(CharsetDetector::widen).ifPresent(candidates::add);
        if (guessed != null) candidates.add(widen(Charset.forName(guessed)));
        candidates.add(StandardCharsets.UTF_8);
        candidates.add(Charset.forName("GB18030"));
        DecodedPage best = null;
        long bestErrors = Long.MAX_VALUE;
        for (Charset cs : candidates) {
            if (!isMultiByte(cs)) continue;
            String t = new String(bytes, cs);
            long errors = t.chars().filter(c -> c == '\uFFFD').count();
            if (errors < bestErrors) {
                bestErrors = errors;
                best = new DecodedPage(t, cs.name());
            }
        }
        if (best != null && bestErrors * 1000L < bytes.length) return best;
        Charset fallback = declared.map(CharsetDetector::widen).filter(cs -> !isMultiByte(cs))
                .orElse(Charset.forName("windows-1252"));
        return new DecodedPage(new String(bytes, fallback), fallback.name());
    }

    private static boolean isMultiByte(Charset cs) {
        return cs.newEncoder().maxBytesPerChar() > 1.5f;
    }

    /** GB2312 and GBK labels stand for GB18030 in practice (WHATWG Encoding Standard §4.2). */
    static Charset widen(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-euc-cn") || n.equals("euc-cn")) {
            return Charset.forName("GB18030");
        }
        if (n.equals("iso-8859-1") || n.equals("us-ascii")) return Charset.forName("windows-1252");
        return cs;
    }

    static Optional<Charset> declared(String contentType, byte[] bytes) {
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) {
                Optional<Charset> cs = charset(m.group(1));
                if (cs.isPresent()) return cs;
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Optional<Charset> cs = charset(m.group(1));
            if (cs.isPresent()) return cs;
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name != null && Charset.isSupported(name) ? name : null;
    }

    private static Optional<DecodedPage> decodeBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(new DecodedPage(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8"));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(new DecodedPage(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE"));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(new DecodedPage(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE"));
        }
        return Optional.empty();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte x : bytes) if (x < 0) return false;
        return true;
    }

    /** Decodes only if every byte sequence is valid in {@code cs}. */
    static Optional<String> strict(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes));
            return Optional.of(out.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
