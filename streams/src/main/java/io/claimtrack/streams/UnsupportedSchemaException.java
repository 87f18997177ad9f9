package io.claimtrack.streams;

/** A payload whose {@code schema} version this build does not understand. */
public final class UnsupportedSchemaException extends RuntimeException {
    public UnsupportedSchemaException(String type, int found, int supported) {
        super(type + " schema " + found + " is not supported (this build reads " + supported + ")");
    }
}
