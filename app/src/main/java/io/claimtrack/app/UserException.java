package io.claimtrack.app;

/** A failure caused by what the user asked for (a missing file, a bad option): no stack trace. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
