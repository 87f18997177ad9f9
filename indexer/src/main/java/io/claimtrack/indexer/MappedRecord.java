package io.claimtrack.indexer;

/** What one topic record becomes for Elasticsearch: a document, a deletion, or a rejection. */
public sealed interface MappedRecord {

    /** Index (create or replace) this document. */
    record Upsert(IndexDocument document) implements MappedRecord {}

    /** A tombstone on a compacted topic: remove the document with this id. */
    record Delete(IndexKind kind, String id) implements MappedRecord {}

    /** The record cannot become a document; it goes to the dead-letter topic with this error. */
    record Invalid(Exception error) implements MappedRecord {}
}
