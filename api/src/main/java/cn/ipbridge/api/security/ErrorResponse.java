package cn.ipbridge.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

/** A refusal made before GraphQL runs, shaped like a GraphQL response so that clients read it the same way. */
final class ErrorResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponse() {
    }

    static void write(HttpServletResponse response, int status, String classification, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body(classification, message)));
    }

    static Map<String, Object> body(String classification, String message) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions",
                Map.of("classification", classification))));
    }
}
