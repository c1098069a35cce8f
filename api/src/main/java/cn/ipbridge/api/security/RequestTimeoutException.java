package cn.ipbridge.api.security;

import java.time.Duration;

/** The request ran past {@code ipbridge.limits.timeout}: its remaining fields are not fetched. */
class RequestTimeoutException extends RuntimeException {

    RequestTimeoutException(Duration timeout) {
        super("Limit exceeded: the request ran longer than ipbridge.limits.timeout (" + timeout.toMillis()
                + " ms)");
    }
}
