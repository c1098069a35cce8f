package cn.ipbridge.api.security;

import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts: by username for sign-in, by token hash for API clients. */
@Component
@Transactional(readOnly = true)
class AccountQueries {

    private static final String FIELDS = """
            a {.username, .role, .passwordHash, .enabled, .officerId, .institutionName, .funderName,
               .districtAdcode} AS a
            """;

    private final Neo4jClient client;

    AccountQueries(Neo4jClient client) {
        this.client = client;
    }

    Optional<AccountDetails> byUsername(String username) {
        return client.query("MATCH (a:Account {username: $u}) RETURN " + FIELDS).bind(username).to("u")
                .fetchAs(AccountDetails.class).mappedBy((t, r) -> details(r.get("a"))).one();
    }

    /** The enabled account a token belongs to. */
    Optional<Caller> byTokenHash(String hash) {
        return client.query("MATCH (:ApiToken {hash: $h})-[:AUTHENTICATES]->(a:Account {enabled: true}) RETURN "
                        + FIELDS).bind(hash).to("h")
                .fetchAs(Caller.class).mappedBy((t, r) -> details(r.get("a")).caller()).one();
    }

    /** The enabled account a sign-in token belongs to, while the token has not expired. */
    Optional<Caller> bySignInTokenHash(String hash) {
        return client.query("""
                        MATCH (t:SignInToken {hash: $h})-[:AUTHENTICATES]->(a:Account {enabled: true})
                        WHERE t.expires > datetime()
                        RETURN %s""".formatted(FIELDS)).bind(hash).to("h")
                .fetchAs(Caller.class).mappedBy((t, r) -> details(r.get("a")).caller()).one();
    }

    boolean anyAdmin() {
        return client.query("MATCH (a:Account {role: 'ADMIN'}) RETURN count(a) > 0 AS any")
                .bindAll(Map.of()).fetchAs(Boolean.class).one().orElse(false);
    }

    private static AccountDetails details(MapAccessor a) {
        Caller caller = new Caller(a.get("username").asString(), Role.valueOf(a.get("role").asString()),
                a.get("officerId").asString(null), a.get("institutionName").asString(null),
                a.get("funderName").asString(null), a.get("districtAdcode").asString(null));
        return new AccountDetails(caller, a.get("passwordHash").asString(null), a.get("enabled").asBoolean(false));
    }
}
