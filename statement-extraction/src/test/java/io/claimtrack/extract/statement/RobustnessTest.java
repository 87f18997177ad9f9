package io.claimtrack.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Odd and huge inputs give a result, never an exception; the algorithms stay linear. */
class RobustnessTest {

    private static final StatementExtractor EXTRACTOR = new StatementExtractor();
    private static final String PARAGRAPH =
            "“We will open the new bridge in May,” said Mara Quill, the mayor of Eastbrook. "
                    + "The council, according to Quill, approved the budget on Monday.\n\n";

    @Test
    void emptyAndBlankInputGiveEmptyResult() {
        assertThat(EXTRACTOR.extract(null)).isEqualTo(Extraction.empty());
        assertThat(EXTRACTOR.extract("")).isEqualTo(Extraction.empty());
        assertThat(EXTRACTOR.extract(" \n\n\t ")).isEqualTo(Extraction.empty());
    }

    @Test
    void fiveMegabyteTextFinishes() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 5_000_000) {
            b.append(PARAGRAPH);
        }
        Extraction x = EXTRACTOR.extract(b.toString());
        int copies = b.length() / PARAGRAPH.length();
        assertThat(x.statements()).hasSizeGreaterThanOrEqualTo(copies);
        assertThat(x.statements().get(0).speaker().name()).isEqualTo("Mara Quill");
    }

    @Test
    void onlyQuotationMarksFinish() {
        String marks = "“”\"«»„“‘’".repeat(200_000);
        Extraction x = EXTRACTOR.extract(marks);
        assertThat(x.statements()).isEmpty();
        String lines = ("\"\"\"\n\n“““\n\n”””\n\n").repeat(50_000);
        assertThat(EXTRACTOR.extract(lines).statements()).isEmpty();
    }

    @Test
    void unbalancedQuotesStayInTheirParagraph() {
        String text =
                "“The harbour will stay closed, said Ilse Varn, the harbour master.\n\n"
                        + "Ferries resumed on Tuesday. “We are ready,” said Tomas Rell.\n\n"
                        + "Nobody said “anything more.\n\n";
        Extraction x = EXTRACTOR.extract(text);
        assertThat(x.statements())
                .anySatisfy(
                        a -> {
                            assertThat(a.quote()).isEqualTo("“We are ready,”");
                            assertThat(a.speaker().name()).isEqualTo("Tomas Rell");
                        });
        for (Attribution a : x.statements()) {
            assertThat(text.substring(a.start(), a.end()))
                    .isEqualTo(a.quote())
                    .doesNotContain("\n\n");
        }
    }

    @Test
    void manyUnclosedQuotesInOneLongParagraphFinish() {
        String text = "He said “no and she said “yes and they said ".repeat(100_000);
        Extraction x = EXTRACTOR.extract(text);
        assertThat(x).isNotNull();
        for (Attribution a : x.statements()) {
            assertThat(a.end()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void malformedTextGivesAResult() {
        Random random = new Random(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            b.append((char) random.nextInt(0x3000)); // control chars, lone surrogates, marks
        }
        b.append('\uD800').append("“said ").append('\u0000');
        Extraction x = EXTRACTOR.extract(b.toString());
        for (Attribution a : x.statements()) {
            assertThat(b.substring(a.start(), a.end())).isEqualTo(a.quote());
        }
    }

    @Test
    void sharedExtractorGivesTheSameResultOnManyThreads() throws Exception {
        String text = PARAGRAPH.repeat(50);
        Extraction expected = EXTRACTOR.extract(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> EXTRACTOR.extract(text)));
            }
            for (Future<Extraction> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
