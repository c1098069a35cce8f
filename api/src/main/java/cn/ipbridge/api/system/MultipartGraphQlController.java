package cn.ipbridge.api.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code multipart/form-data} POSTs to {@code /graphql} (the GraphQL multipart request spec): the {@code operations}
 * part is the usual JSON request with null for each file, {@code map} says which variable each file part fills,
 * e.g. {@code {"0": ["variables.file"]}}. Each file is saved to a temporary file and given to the query as an
 * {@link Upload}; Spring for GraphQL's own handler takes JSON only, so it never sees these requests. A
 * {@code GraphQL-Require-Preflight} (or {@code Apollo-Require-Preflight}) header is required: a browser sends a
 * cross-site form without asking first, but not one with that header, so another site cannot start an import.
 * Only in the web server: the command-line contexts ({@code import}, {@code generate}) have no GraphQL handler.
 * When the request is answered its files are deleted, unless a data fetcher {@linkplain Upload#claim claimed} them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MultipartGraphQlController {

    static final List<String> PREFLIGHT_HEADERS = List.of("GraphQL-Require-Preflight", "Apollo-Require-Preflight");

    private final WebGraphQlHandler handler;
    private final JsonMapper json;

    MultipartGraphQlController(WebGraphQlHandler handler, JsonMapper json) {
        this.handler = handler;
        this.json = json;
    }

    /** Before Spring Boot's GraphQL route (order 0), which answers 415 to anything but JSON. */
    @Bean
    @Order(-1)
    RouterFunction<ServerResponse> multipartGraphQlRoute(@Value("${spring.graphql.http.path:/graphql}") String path) {
        return RouterFunctions.route(RequestPredicates.POST(path)
                .and(RequestPredicates.contentType(MediaType.MULTIPART_FORM_DATA)), this::handle);
    }

    private ServerResponse handle(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        MultipartHttpServletRequest multipart = servlet instanceof MultipartHttpServletRequest m ? m
                : new StandardMultipartHttpServletRequest(servlet);
        try {
            Map<String, Object> answer = execute(multipart).block();
            return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
        } catch (BadMultipart e) {
            return ServerResponse.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("errors", List.of(Map.of("message", e.getMessage()))));
        }
    }

    private Mono<Map<String, Object>> execute(MultipartHttpServletRequest request) {
        String operations = request.getParameter("operations");
        String map = request.getParameter("map");
        if (operations == null || map == null) {
            throw badRequest("the parts 'operations' and 'map' are required");
        }
        if (PREFLIGHT_HEADERS.stream().noneMatch(h -> request.getHeader(h) != null)) {
            throw badRequest("a multipart request needs the header GraphQL-Require-Preflight: 1");
        }
        Map<String, Object> body = readObject(operations, "operations");
        Map<String, Object> files = readObject(map, "map");
        List<Upload> uploads = new ArrayList<>();
        for (Map.Entry<String, Object> entry : files.entrySet()) {
            MultipartFile part = request.getFile(entry.getKey());
            if (part == null) {
                throw badRequest("map names file part '" + entry.getKey() + "', which the request does not have");
            }
            if (!(entry.getValue() instanceof List<?> paths) || paths.isEmpty()) {
                throw badRequest("map entry '" + entry.getKey() + "' must be a list of paths such as variables.file");
            }
            Upload upload = save(part);
            uploads.add(upload);
            paths.forEach(path -> put(body, String.valueOf(path), upload));
        }
        WebGraphQlRequest graphQl = new WebGraphQlRequest(URI.create(request.getRequestURL().toString()),
                headers(request), null, null, Map.of(), body, UUID.randomUUID().toString(), request.getLocale());
        return handler.handleRequest(graphQl).map(response -> response.toMap())
                .doFinally(signal -> uploads.forEach(Upload::delete));
    }

    /** Sets the value at a path such as {@code variables.file} or {@code variables.files.1}. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String path, Upload upload) {
        String[] parts = path.split("\\.");
        if (parts.length < 2 || !parts[0].equals("variables")) {
            throw badRequest("map path '" + path + "' must start with variables.");
        }
        Object parent = body.computeIfAbsent("variables", k -> new HashMap<String, Object>());
        for (int i = 1; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (parent instanceof Map<?, ?> m) {
                Map<String, Object> object = (Map<String, Object>) m;
                if (last) {
                    object.put(parts[i], upload);
                } else {
                    parent = object.get(parts[i]);
                }
            } else if (parent instanceof List<?> l && parts[i].matches("\\d+") && Integer.parseInt(parts[i]) < l.size()) {
                List<Object> list = (List<Object>) l;
                if (last) {
                    list.set(Integer.parseInt(parts[i]), upload);
                } else {
                    parent = list.get(Integer.parseInt(parts[i]));
                }
            } else {
                throw badRequest("map path '" + path + "' does not lead to a null in operations");
            }
        }
    }

    private Map<String, Object> readObject(String text, String part) {
        try {
            Object value = json.readValue(text, Object.class);
            if (value instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) value;
                return object;
            }
        } catch (JacksonException e) {
            throw badRequest("part '" + part + "' is not JSON: " + e.getOriginalMessage());
        }
        throw badRequest("part '" + part + "' must be a JSON object (batched operations are not supported)");
    }

    /** Under a directory of its own with the client's file name (only its last segment), so the ending is kept. */
    private static Upload save(MultipartFile part) {
        String name = part.getOriginalFilename() == null ? "upload" : Path.of(part.getOriginalFilename()
                .replace('\\', '/').replaceAll(".*/", "")).toString();
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            name = "upload";
        }
        try {
            Path file = Files.createTempDirectory("ipbridge-upload-").resolve(name);
            part.transferTo(file);
            return new Upload(name, file, part.getSize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpHeaders headers(HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        request.getHeaderNames().asIterator().forEachRemaining(name ->
                request.getHeaders(name).asIterator().forEachRemaining(value -> headers.add(name, value)));
        return headers;
    }

    private static BadMultipart badRequest(String reason) {
        return new BadMultipart("multipart GraphQL request: " + reason);
    }

    /** The request does not follow the multipart request spec: answered 400 with the reason. */
    private static final class BadMultipart extends RuntimeException {
        BadMultipart(String message) {
            super(message);
        }
    }
}
