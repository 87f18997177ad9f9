package io.claimtrack.devstack;

/**
 * A development-stack failure whose message is one paragraph a command line can print as is: what
 * went wrong, where, and what to do about it. No stack trace is needed to understand it.
 */
public final class DevStackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure explained by its message alone. */
    public DevStackException(String message) {
        super(message);
    }

    /** A failure explained by its message, keeping the cause for logs. */
    public DevStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
