package io.claimtrack.ingest.fetch;

/** The ETag and Last-Modified of a previous response, for a conditional GET; either may be null. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
