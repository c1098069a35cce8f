package cn.ipbridge.api.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for a dashboard on another origin, where the session cookie cannot go: {@code POST /auth/token} with
 * {@code {"username", "password"}} as JSON answers a short-lived bearer token ({@link SignInTokens}); wrong
 * credentials (or a disabled account) are a 401 that does not say which. {@code DELETE /auth/token} with that
 * token as {@code Authorization: Bearer} signs out. Same-origin dashboards keep the session of {@code /login}.
 */
@RestController
@ConditionalOnWebApplication // the commands (account, generate, import) start without a web server
class SignInController {

    private final AuthenticationManager passwords;
    private final SignInTokens tokens;

    SignInController(UserDetailsService accounts, PasswordEncoder encoder, SignInTokens tokens) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        this.passwords = new ProviderManager(provider);
        this.tokens = tokens;
    }

    record Credentials(String username, String password) {
    }

    @PostMapping("/auth/token")
    ResponseEntity<Map<String, Object>> signIn(@RequestBody(required = false) Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.username().isBlank()
                || credentials.password() == null || credentials.password().isEmpty()) {
            return ResponseEntity.badRequest().body(ErrorResponse.body("BAD_REQUEST",
                    "Sign-in needs a JSON body with username and password"));
        }
        Caller caller;
        try {
            caller = Caller.of(passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    credentials.username(), credentials.password())));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ErrorResponse.body("UNAUTHORIZED",
                    "Wrong username or password"));
        }
        return tokens.issue(caller).<ResponseEntity<Map<String, Object>>>map(token -> ResponseEntity.ok()
                        .header("Cache-Control", "no-store").body(Map.of("token", token, "tokenType", "Bearer",
                                "expiresIn", tokens.ttl().toSeconds(), "username", caller.username(),
                                "role", caller.role().name())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ErrorResponse.body(
                        "UNAUTHORIZED", "Wrong username or password")));
    }

    @DeleteMapping("/auth/token")
    ResponseEntity<Object> signOut(HttpServletRequest request) {
        String token = ApiTokenFilter.token(request);
        if (token == null || !SignInTokens.looksLikeToken(token)) {
            return ResponseEntity.badRequest().body(ErrorResponse.body("BAD_REQUEST",
                    "Sign-out ends a sign-in token (Authorization: Bearer ipbs_…); API tokens are disabled with the account"));
        }
        tokens.revoke(token);
        return ResponseEntity.noContent().build();
    }
}
