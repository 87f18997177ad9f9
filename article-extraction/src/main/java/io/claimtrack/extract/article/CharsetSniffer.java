package io.claimtrack.extract.article;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes page bytes: charset from the HTTP header, then a byte-order mark, then a meta tag. */
final class CharsetSniffer {

    private static final int META_SCAN_BYTES = 8192;
    private static final Pattern META_CHARSET =
            Pattern.compile(
                    "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)",
                    Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {}

    /** Decodes {@code body}, replacing malformed sequences rather than failing. */
    static String decode(byte[] body, String headerCharset) {
        Bom bom = Bom.of(body);
        Charset charset = lookup(headerCharset);
        if (charset == null && bom != null) {
            charset = bom.charset;
        }
        if (charset == null) {
            charset = fromMeta(body);
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        int skip = bom != null && bom.charset.equals(charset) ? bom.length : 0;
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor also replaces malformed input, and is much faster than a
            // decoder.
            return new String(body, skip, body.length - skip, StandardCharsets.UTF_8);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // REPLACE never throws; kept for the checked signature.
            return new String(body, skip, body.length - skip, StandardCharsets.UTF_8);
        }
    }

    /** The charset named in the first bytes' {@code <meta>} tag, or null. */
    static Charset fromMeta(byte[] body) {
        String head =
                new String(
                        body,
                        0,
                        Math.min(body.length, META_SCAN_BYTES),
                        StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset cs = lookup(m.group(1));
            if (cs != null) {
                // A page that says UTF-16 in ASCII bytes cannot be UTF-16 (WHATWG rule).
                return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
            }
        }
        return null;
    }

    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
            n = "windows-1252"; // browsers decode these labels as windows-1252
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3
                    && (b[0] & 0xFF) == 0xEF
                    && (b[1] & 0xFF) == 0xBB
                    && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
