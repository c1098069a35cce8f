package cn.ipbridge.api.security;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * Who may call what over HTTP. Signed in by a session (form at /login, for the dashboard on the API's origin; CSRF
 * token in the XSRF-TOKEN cookie, sent back as X-XSRF-TOKEN where {@link #needsCsrfToken} asks for it), a sign-in
 * token from /auth/token (a dashboard on another origin), an API token, or a JWT from an OpenID Connect issuer;
 * health and the sign-in endpoints are open, everything else needs a role. Which fields a role may read is {@link FieldPolicy}'s.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, ex) -> ErrorResponse.write(
            response, 401, "UNAUTHORIZED", "Sign in: a session (/login) or an Authorization: Bearer token is required");

    @Bean
    UserDetailsService accountDetails(AccountQueries accounts) {
        return username -> accounts.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings,
                                            @Qualifier("mvcHandlerMappingIntrospector") CorsConfigurationSource mvcCors)
            throws Exception {
        http.cors(c -> c.configurationSource(new CrossOriginOnly(mvcCors)));
        if (!settings.enabled()) {
            return http.csrf(c -> c.disable())
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .anonymous(a -> a.principal(Caller.UNRESTRICTED)
                            .authorities(Caller.UNRESTRICTED.role().authority()))
                    .build();
        }
        authorizeRequests(http)
                .formLogin(f -> f.successHandler(FormSignInResponses.success())
                        .failureHandler(FormSignInResponses.failure()))
                .logout(l -> l.logoutSuccessHandler(FormSignInResponses.signedOut()))
                .csrf(c -> c.spa().csrfTokenRequestHandler(new CookieCallersCsrf())
                        .requireCsrfProtectionMatcher(WebSecurity::needsCsrfToken))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(UNAUTHORIZED,
                        request -> request.getServletPath().startsWith("/graphql")
                                || request.getServletPath().startsWith("/auth/")
                                || request.getHeader("Authorization") != null));
        if (settings.anonymousRole() != null) {
            Role role = settings.anonymousRole();
            http.anonymous(a -> a.principal(new Caller("anonymous", role, null, null, null, null))
                    .authorities(role.authority()));
        }
        if (settings.oidc().enabled()) {
            // API and sign-in tokens never get here: tokenCallerFilterChain takes them.
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.decoder(OidcDecoder.of(settings.oidc()))
                            .jwtAuthenticationConverter(new OidcCallers(settings.oidc()))));
        }
        return http.build();
    }

    /**
     * Calls signed in by an API token or a sign-in token ({@link ApiTokenFilter}): the same rules, through a chain
     * without what only a browser session needs (session, CSRF, sign-in and sign-out pages, saved requests,
     * anonymous callers). A light GraphQL call spent about a twentieth of its time in those filters. Other bearer
     * tokens (OpenID Connect) take the main chain.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain tokenCallerFilterChain(
            HttpSecurity http, SecuritySettings settings, TokenCallers tokens, SignInTokens signIns,
            @Qualifier("mvcHandlerMappingIntrospector") CorsConfigurationSource mvcCors) throws Exception {
        http.securityMatcher(request -> settings.enabled() && ApiTokenFilter.token(request) != null)
                .cors(c -> c.configurationSource(new CrossOriginOnly(mvcCors)))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, signIns), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(UNAUTHORIZED));
        return authorizeRequests(http).build();
    }

    /** Who may call what, the same for every way of signing in. */
    private static HttpSecurity authorizeRequests(HttpSecurity http) throws Exception {
        String[] roles = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
        return http.authorizeHttpRequests(a -> a
                .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**",
                        "/favicon.ico").permitAll()
                // Notices are publicity: other platforms pull the feeds without an account.
                .requestMatchers(HttpMethod.GET, "/feeds/**").permitAll()
                // A dashboard on another origin signs in here (SignInController).
                .requestMatchers(HttpMethod.POST, "/auth/token").permitAll()
                // The dashboard's own files (no data): it shows its sign-in form when /graphql answers 401.
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**", "/geo/**", "/config.json")
                .permitAll()
                // The half-year report's files: as Query.halfYearReport (FieldPolicy), a DISTRICT its own.
                .requestMatchers("/reports/**").hasAnyRole(Role.ADMIN.name(), Role.STAFF.name(),
                        Role.DISTRICT.name())
                .anyRequest().hasAnyRole(roles));
    }

    /**
     * Whether a request must carry the CSRF token: only one a browser could send from another site with the
     * session cookie. Not safe methods; not bearer-token calls (no cookie involved); not requests without a
     * session (nobody to impersonate); and not {@code application/json} posts, which a browser sends cross-site
     * only after a CORS preflight that this API refuses to origins not in IPBRIDGE_CORS_ORIGINS (the dashboard
     * and GraphiQL post JSON). Forms, multipart and text/plain, which a hostile page can post, need the token.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (Arrays.asList("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())
                || request.getHeader("Authorization") != null) {
            return false;
        }
        boolean signInOrOut = request.getServletPath().equals("/login") || request.getServletPath().equals("/logout");
        if (!signInOrOut && request.getRequestedSessionId() == null) {
            return false;
        }
        return signInOrOut || !isJson(request.getContentType());
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
