package cn.ipbridge.graph.write;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Writes sign-in accounts ({@code Account}, unique {@code username}), their API tokens ({@code ApiToken}) and the
 * dashboard's short-lived sign-in tokens ({@code SignInToken {hash, expires}}), each only a hash of the token, linked
 * {@code (t)-[:AUTHENTICATES]->(a)}: in the graph, so that every API instance sharing it knows them. Passwords arrive
 * already hashed. Each call is one transaction.
 */
public final class AccountWriter {

    private static final String CREATE = """
            CREATE (a:Account {username: $username, role: $role, passwordHash: $passwordHash, enabled: true,
                               officerId: $officerId, institutionName: $institutionName, funderName: $funderName,
                               districtAdcode: $districtAdcode, created: datetime(), createdBy: $by})
            """;

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public AccountWriter(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    /** An account's fields; scope fields may be null. */
    public record NewAccount(String username, String role, String passwordHash, String officerId,
                             String institutionName, String funderName, String districtAdcode) {
    }

    /** Creates the account; false, and nothing written, when the username is taken. */
    public boolean create(NewAccount account, String by) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                if (tx.run("MATCH (a:Account {username: $u}) RETURN count(a) AS n", Map.of("u", account.username()))
                        .single().get("n").asLong() > 0) {
                    return false;
                }
                Map<String, Object> p = new HashMap<>();
                p.put("username", account.username());
                p.put("role", account.role());
                p.put("passwordHash", account.passwordHash());
                p.put("officerId", account.officerId());
                p.put("institutionName", account.institutionName());
                p.put("funderName", account.funderName());
                p.put("districtAdcode", account.districtAdcode());
                p.put("by", by);
                tx.run(CREATE, p).consume();
                Map<String, Object> after = new HashMap<>(p);
                after.remove("passwordHash");
                AuditTrail.record(tx, by, "Account", account.username(), null, after);
                return true;
            });
        }
    }

    /** Disables the account and its tokens; false when there is no such account. */
    public boolean disable(String username, String by) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                boolean found = tx.run("""
                        OPTIONAL MATCH (a:Account {username: $u})
                        CALL (a) { WITH a WHERE a IS NOT NULL SET a.enabled = false, a.disabledBy = $by,
                                                                a.disabled = datetime() }
                        RETURN a IS NOT NULL AS found
                        """, Map.of("u", username, "by", by)).single().get("found").asBoolean();
                if (found) {
                    tx.run("MATCH (t:SignInToken)-[:AUTHENTICATES]->(:Account {username: $u}) DETACH DELETE t",
                            Map.of("u", username)).consume();
                    AuditTrail.record(tx, by, "Account", username, Map.of("enabled", true), Map.of("enabled", false));
                }
                return found;
            });
        }
    }

    /** Stores a token's hash for the account; false when there is no such account. */
    public boolean addToken(String username, String tokenHash, String name, String by) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                boolean found = tx.run("""
                        OPTIONAL MATCH (a:Account {username: $u})
                        CALL (a) { WITH a WHERE a IS NOT NULL
                                   CREATE (:ApiToken {hash: $hash, name: $name, created: datetime(), createdBy: $by})
                                          -[:AUTHENTICATES]->(a) }
                        RETURN a IS NOT NULL AS found
                        """, Map.of("u", username, "hash", tokenHash, "name", name, "by", by))
                        .single().get("found").asBoolean();
                if (found) {
                    Map<String, Object> after = new HashMap<>();
                    after.put("token", name);
                    AuditTrail.record(tx, by, "ApiToken", username, null, after);
                }
                return found;
            });
        }
    }

    /**
     * Stores a sign-in token's hash for the enabled account until {@code expires} and drops the account's expired
     * ones; false, and nothing written, when there is no such enabled account. No audit {@code Change}: signing in
     * changes no record.
     */
    public boolean addSignInToken(String username, String tokenHash, ZonedDateTime expires) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                Map<String, Object> p = Map.of("u", username, "hash", tokenHash, "expires", expires);
                if (!tx.run("MATCH (a:Account {username: $u, enabled: true}) RETURN count(a) > 0 AS found", p)
                        .single().get("found").asBoolean()) {
                    return false;
                }
                tx.run("""
                        MATCH (old:SignInToken)-[:AUTHENTICATES]->(:Account {username: $u})
                        WHERE old.expires <= datetime()
                        DETACH DELETE old
                        """, p).consume();
                tx.run("""
                        MATCH (a:Account {username: $u})
                        CREATE (:SignInToken {hash: $hash, expires: $expires, created: datetime()})-[:AUTHENTICATES]->(a)
                        """, p).consume();
                return true;
            });
        }
    }

    /** Ends a sign-in token (sign-out); false when there was none with that hash. */
    public boolean removeSignInToken(String tokenHash) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> tx.run("""
                    MATCH (t:SignInToken {hash: $hash})
                    DETACH DELETE t
                    RETURN count(*) > 0 AS removed
                    """, Map.of("hash", tokenHash)).single().get("removed").asBoolean());
        }
    }
}
