package cn.ipbridge.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.graph.write.AccountWriter;

/**
 * Creates and disables accounts and issues API tokens, through {@link AccountWriter}. Passwords are stored as
 * BCrypt hashes (behind a DelegatingPasswordEncoder, so a stronger scheme can follow); tokens are shown once and
 * stored as SHA-256 hashes (they are 256 random bits, so a fast hash loses nothing).
 */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final String TOKEN_PREFIX = "ipb_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountWriter writer;
    private final PasswordEncoder passwords;
    private final AccountQueries accounts;
    private final TokenCallers tokens;
    private final SignInTokens signIns;

    AccountService(Driver driver, Neo4jSettings settings, PasswordEncoder passwords, AccountQueries accounts,
                   TokenCallers tokens, SignInTokens signIns) {
        this.writer = new AccountWriter(driver, settings.database());
        this.passwords = passwords;
        this.accounts = accounts;
        this.tokens = tokens;
        this.signIns = signIns;
    }

    /** What a new account is: scope fields only where its role needs them. */
    public record NewAccount(String username, String password, Role role, String officerId, String institutionName,
                             String funderName, String districtAdcode) {
    }

    public void create(NewAccount a, String by) {
        if (a.username() == null || !USERNAME.matcher(a.username()).matches()) {
            throw new BadArgumentException("username", "must be 1 to 64 letters, digits or . _ @ -");
        }
        if (a.password() == null || a.password().length() < MIN_PASSWORD) {
            throw new BadArgumentException("password", "must be at least " + MIN_PASSWORD + " characters");
        }
        requireScope(a.role() == Role.OFFICER, a.officerId(), "officerId");
        requireScope(a.role() == Role.INSTITUTION, a.institutionName(), "institutionName");
        requireScope(a.role() == Role.FUNDER, a.funderName(), "funderName");
        requireScope(a.role() == Role.DISTRICT, a.districtAdcode(), "districtAdcode");
        boolean created = writer.create(new AccountWriter.NewAccount(a.username(), a.role().name(),
                passwords.encode(a.password()), a.officerId(), a.institutionName(), a.funderName(),
                a.districtAdcode()), by);
        if (!created) {
            throw new BadArgumentException("username", "an account named " + a.username() + " exists");
        }
    }

    public void disable(String username, String by) {
        if (!writer.disable(username, by)) {
            throw new BadArgumentException("username", "no account named " + username);
        }
        tokens.forgetAll();
        signIns.forgetAll();
    }

    /** A new token for the account, returned once; only its hash is kept. */
    public String createToken(String username, String name, String by) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        if (!writer.addToken(username, hash(token), name == null ? "" : name, by)) {
            throw new BadArgumentException("username", "no account named " + username);
        }
        accounts.byUsername(username).filter(AccountDetails::enabled)
                .ifPresent(account -> tokens.remember(hash(token), account.caller()));
        return token;
    }

    static boolean looksLikeToken(String bearer) {
        return bearer.startsWith(TOKEN_PREFIX);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomPassword() {
        byte[] secret = new byte[18];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static void requireScope(boolean needed, String value, String argument) {
        if (needed && (value == null || value.isBlank())) {
            throw new BadArgumentException(argument, "is required for this role");
        }
    }
}
