package dev.berth.server.auth;

/** A request that did not authenticate: 401, or 429 when its address failed too often. */
public final class AuthFailure extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    AuthFailure(int status, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
