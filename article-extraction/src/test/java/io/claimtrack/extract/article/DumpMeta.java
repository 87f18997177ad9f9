package io.claimtrack.extract.article;

/** Dev tool: prints the metadata of one fundus page per publisher. */
public final class DumpMeta {

    private DumpMeta() {}

    public static void main(String[] args) {
        ArticleExtractor x = new ArticleExtractor();
        for (FundusPages.Page p : FundusPages.load()) {
            if (!p.file().endsWith(args.length > 0 ? args[0] : "_0.html.gz")) {
                continue;
            }
            ExtractedArticle a = x.extract(p.html(), null, p.url());
            System.out.printf(
                    "%s%n  title=%s%n  authors=%s pub=%s mod=%s site=%s section=%s lang=%s%n  canon=%s%n"
                            + "  desc=%.80s%n  captions=%d comments=%d bio=%.60s feeds=%s%n",
                    p.file(),
                    a.title(),
                    a.authors(),
                    a.published(),
                    a.modified(),
                    a.siteName(),
                    a.section(),
                    a.language(),
                    a.canonicalUrl(),
                    a.description(),
                    a.captions().size(),
                    a.comments().size(),
                    a.authorBio(),
                    a.feedLinks());
        }
    }
}
