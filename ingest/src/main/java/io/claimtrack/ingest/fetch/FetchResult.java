package io.claimtrack.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** What one fetch produced: a body, "not modified", or a classified failure. */
public sealed interface FetchResult {

    /** The URL asked for. */
    URI requested();

    /** A 2xx response with its (decompressed, capped) body. */
    record Fetched(
            URI requested,
            URI finalUri,
            int status,
            String contentType,
            String charset,
            byte[] body,
            String etag,
            String lastModified)
            implements FetchResult {

        /** The media type without parameters, lower case ("text/html"), or "". */
        public String mediaType() {
            if (contentType == null) {
                return "";
            }
            int semi = contentType.indexOf(';');
            return (semi < 0 ? contentType : contentType.substring(0, semi))
                    .trim()
                    .toLowerCase(Locale.ROOT);
        }

        /** True for HTML and XHTML, the only types that go to article extraction. */
        public boolean isHtml() {
            String t = mediaType();
            return t.equals("text/html") || t.equals("application/xhtml+xml");
        }
    }

    /**
     * A 3xx with a Location. The crawler re-queues the target as a new request, so every hop goes
     * through the address guard, robots.txt and the target host's politeness delay.
     */
    record Redirected(URI requested, URI location, int status) implements FetchResult {}

    /** A 304 to a conditional GET: the feed has not changed since the last poll. */
    record NotModified(URI requested) implements FetchResult {}

    /** Why a fetch failed; {@code retryable} failures are worth another attempt later. */
    enum Reason {
        TIMEOUT(true),
        CONNECT(true),
        HTTP_STATUS(false),
        THROTTLED(true),
        TOO_LARGE(false),
        TOO_MANY_REDIRECTS(false),
        REFUSED_ADDRESS(false),
        ROBOTS_DISALLOWED(false),
        BAD_URL(false),
        IO(true);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    /**
     * A failed fetch.
     *
     * @param status the HTTP status when there was one, else 0
     * @param retryAfter the server's Retry-After, when it sent one
     */
    record Failed(URI requested, Reason reason, int status, String detail, Duration retryAfter)
            implements FetchResult {

        public boolean retryable() {
            return reason.retryable() || (reason == Reason.HTTP_STATUS && status >= 500);
        }

        public Optional<Duration> findRetryAfter() {
            return Optional.ofNullable(retryAfter);
        }

        /** One line for logs, health and summaries: "TIMEOUT: ..." or "HTTP_STATUS 404". */
        public String describe() {
            return reason
                    + (status > 0 ? " " + status : "")
                    + (detail == null ? "" : ": " + detail);
        }
    }
}
