package io.claimtrack.indexer;

/** Elasticsearch refused a document for good; carried to the dead-letter topic as the reason. */
public final class IndexRejectedException extends Exception {
    private final int status;

    public IndexRejectedException(String index, String id, int status, String reason) {
        super("Elasticsearch rejected " + index + "/" + id + " (" + status + "): " + reason);
        this.status = status;
    }

    /** The HTTP status of the bulk item. */
    public int status() {
        return status;
    }
}
