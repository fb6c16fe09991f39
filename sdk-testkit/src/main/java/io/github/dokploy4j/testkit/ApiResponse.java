package io.github.dokploy4j.testkit;

/** What the fake answers to one API request. A {@code null} content type sends no Content-Type header. */
final class ApiResponse {

    static final String JSON = "application/json";

    final int status;
    final String contentType;
    final String body;

    ApiResponse(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    static ApiResponse json(int status, String body) {
        return new ApiResponse(status, JSON, body);
    }

    /** Next.js's {@code sendError}: plain text, and no Content-Type at all. */
    static ApiResponse bare(int status, String body) {
        return new ApiResponse(status, null, body);
    }
}
