package io.claimtrack.ingest.discover;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses XML that declares a DTD or entities before any parser sees it: feeds and sitemaps never
 * need one, and refusing them stops XXE and entity-expansion ("billion laughs") attacks whatever
 * the parser's settings. The parsers are also configured to reject doctypes.
 */
public final class XmlGuard {
    private XmlGuard() {}

    /** Why the document is refused, or empty when it declares no DTD or entity. */
    public static Optional<String> refusal(byte[] xml) {
        String text = decodeLoosely(xml).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE")) {
            return Optional.of(
                    "XML with a DOCTYPE declaration is refused (XXE / entity expansion)");
        }
        if (text.contains("<!ENTITY")) {
            return Optional.of(
                    "XML with an ENTITY declaration is refused (XXE / entity expansion)");
        }
        return Optional.empty();
    }

    private static String decodeLoosely(byte[] xml) {
        // UTF-16 documents would hide the markup from a byte scan; look at both forms.
        if (xml.length >= 2
                && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF)
                        || (xml[0] == 0 && xml[1] == '<'))) {
            return new String(xml, StandardCharsets.UTF_16BE);
        }
        if (xml.length >= 2
                && ((xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE)
                        || (xml[0] == '<' && xml[1] == 0))) {
            return new String(xml, StandardCharsets.UTF_16LE);
        }
        return new String(xml, StandardCharsets.ISO_8859_1);
    }
}
