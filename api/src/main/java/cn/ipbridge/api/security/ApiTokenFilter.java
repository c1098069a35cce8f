package cn.ipbridge.api.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request carrying {@code Authorization: Bearer ipb_…}, an API token an administrator issued, or
 * {@code Bearer ipbs_…}, a dashboard's sign-in token ({@link SignInTokens}); an unknown, expired or disabled token
 * gets 401. Other bearer tokens are left to the OpenID Connect issuer, if configured.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final TokenCallers accounts;
    private final SignInTokens signIns;

    ApiTokenFilter(TokenCallers accounts, SignInTokens signIns) {
        this.accounts = accounts;
        this.signIns = signIns;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token != null) {
            boolean signIn = SignInTokens.looksLikeToken(token);
            Caller caller = (signIn ? signIns.caller(token) : accounts.byTokenHash(AccountService.hash(token)))
                    .orElse(null);
            if (caller == null) {
                ErrorResponse.write(response, 401, "UNAUTHORIZED", signIn
                        ? "Signed out: the sign-in token expired or was revoked; sign in again"
                        : "Unknown or disabled API token");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
                    caller.authorities()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String bearer = header.substring(7).trim();
        return AccountService.looksLikeToken(bearer) || SignInTokens.looksLikeToken(bearer) ? bearer : null;
    }
}
