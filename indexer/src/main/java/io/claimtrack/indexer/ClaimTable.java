package io.claimtrack.indexer;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Renders search rows as a plain-text table for the terminal. */
public final class ClaimTable {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int SPEAKER_WIDTH = 28;
    private static final int OUTLETS_WIDTH = 36;
    private static final int CLAIM_WIDTH = 80;

    private ClaimTable() {}

    /** A header, one line per row, and a count line; "no matching claims" when empty. */
    public static String render(List<ClaimRow> rows) {
        if (rows.isEmpty()) {
            return "no matching claims\n";
        }
        StringBuilder out = new StringBuilder();
        String format = "%-16s  %-" + SPEAKER_WIDTH + "s  %-" + OUTLETS_WIDTH + "s  %s%n";
        out.append(String.format(format, "FIRST SEEN (UTC)", "SPEAKER", "OUTLETS", "CLAIM"));
        for (ClaimRow r : rows) {
            out.append(
                    String.format(
                            format,
                            r.firstSeen() == null ? "-" : DAY.format(r.firstSeen()),
                            cut(r.speaker() == null ? "-" : r.speaker(), SPEAKER_WIDTH),
                            cut(
                                    r.outlets().size() + ": " + String.join(", ", r.outlets()),
                                    OUTLETS_WIDTH),
                            cut(oneLine(r.text()), CLAIM_WIDTH)));
        }
        out.append(rows.size()).append(rows.size() == 1 ? " claim\n" : " claims\n");
        return out.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
