package cn.ipbridge.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.ObjectMapper;

/**
 * A real, if tiny, OpenID Connect issuer on a loopback port: {@code /.well-known/openid-configuration} and a JWKS
 * with one RSA key, and RS256 JWTs signed with it (Nimbus, which Spring Security brings). It can also sign with a
 * key it does not publish, to forge a token.
 */
final class TestIssuer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey key = rsaKey("published");
    private final RSAKey stranger = rsaKey("published"); // same key id, other key: a forged signature

    TestIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, Map.of(
                "issuer", uri(), "jwks_uri", uri() + "/jwks", "authorization_endpoint", uri() + "/authorize",
                "token_endpoint", uri() + "/token", "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"), "response_types_supported", List.of("code"))));
        server.createContext("/jwks", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A token from this issuer for {@code audience}, valid from a minute ago for {@code lifetimeSeconds}. */
    String token(String username, Object role, String audience, long lifetimeSeconds) {
        return sign(key, claims(uri(), username, role, audience, lifetimeSeconds));
    }

    String tokenFromIssuer(String issuer, String username, Object role, String audience) {
        return sign(key, claims(issuer, username, role, audience, 300));
    }

    String forgedToken(String username, Object role, String audience) {
        return sign(stranger, claims(uri(), username, role, audience, 300));
    }

    private static JWTClaimsSet claims(String issuer, String username, Object role, String audience, long lifetime) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + username)
                .audience(audience).issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(lifetime))).claim("preferred_username", username);
        return role == null ? claims.build() : claims.claim("ipbridge_role", role).build();
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
