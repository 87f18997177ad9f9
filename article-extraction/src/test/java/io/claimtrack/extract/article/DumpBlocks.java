package io.claimtrack.extract.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Dev tool: prints every block of a page with its grade, whether it was kept, and its owner. */
public final class DumpBlocks {

    private DumpBlocks() {}

    public static void main(String[] args) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
            bytes = in.readAllBytes();
        }
        Document doc = Jsoup.parse(CharsetSniffer.decode(bytes, null));
        BlockCollector c = BlockCollector.collect(doc.body(), true);
        List<Block> kept = MainContent.select(c.blocks);
        for (Block b : c.blocks) {
            String mark = kept.contains(b) ? "+" : "-";
            String t = b.text().length() > 90 ? b.text().substring(0, 90) : b.text();
            System.out.printf(
                    "%s %-5s %4d %.2f %-40s %s%n",
                    mark, MainContent.grade(b), b.length(), b.linkDensity(), path(b.owner()), t);
        }
    }

    private static String path(Element e) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; e != null && i < 3; e = e.parent(), i++) {
            String sig = e.className().isEmpty() ? "" : "." + e.className().split(" ")[0];
            sb.insert(0, "/" + e.normalName() + sig);
        }
        String s = sb.toString();
        return s.length() > 40 ? s.substring(s.length() - 40) : s;
    }
}
