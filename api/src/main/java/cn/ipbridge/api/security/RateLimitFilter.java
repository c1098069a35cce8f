package cn.ipbridge.api.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code ipbridge.limits.requests-per-minute} GraphQL and sign-in ({@code /auth/…}) requests per account
 * (per client address when unsigned, as every sign-in attempt is) in each clock minute; more get 429. Runs after
 * sign-in, so the account is known.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final int perMinute;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute;

    RateLimitFilter(LimitSettings limits) {
        this.perMinute = limits.requestsPerMinute();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return perMinute <= 0 || !(path.startsWith("/graphql") || path.startsWith("/auth/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.currentTimeMillis() / 60_000;
        if (now != minute) {
            minute = now;
            counts.clear();
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        // Anonymous callers (also under ipbridge.security.anonymous-role) share no account: counted by address.
        String key = caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)
                ? "account:" + caller.getName() : "address:" + request.getRemoteAddr();
        if (counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > perMinute) {
            response.setHeader("Retry-After", "60");
            ErrorResponse.write(response, 429, "LIMIT_EXCEEDED", "Limit exceeded: more than " + perMinute
                    + " requests this minute, over ipbridge.limits.requests-per-minute (" + perMinute + ")");
            return;
        }
        chain.doFilter(request, response);
    }
}
