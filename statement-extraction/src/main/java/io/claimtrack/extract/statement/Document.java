package io.claimtrack.extract.statement;

import java.util.ArrayList;
import java.util.List;

/** The working state of one extraction: statements found so far and document issuers. */
final class Document {

    /** "X released a statement": the subject and the document noun, at an offset. */
    record Issuer(int offset, Mention subject, String document) {}

    final List<Found> found = new ArrayList<>();
    final List<Issuer> issuers = new ArrayList<>();

    /**
     * "The Times reports:" with the quote in the next paragraph: the attribution waiting for it.
     */
    Found pending;
}
