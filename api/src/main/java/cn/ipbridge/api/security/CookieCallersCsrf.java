package cn.ipbridge.api.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * The CSRF token as Spring Security's {@code csrf().spa()} handles it (the XSRF-TOKEN cookie, sent back in the
 * X-XSRF-TOKEN header as it came, or masked in a form field), for requests without an {@code Authorization} header;
 * nothing for those with one. Such a call carries no cookie and never needs the token ({@link
 * WebSecurity#needsCsrfToken}), but Spring's handler makes the token on every request (it reads the token's
 * parameter name to name a request attribute): a random UUID drawn and a cookie set on every API answer. For every
 * other request that same forcing is what writes the XSRF-TOKEN cookie on every answer, so the dashboard always has
 * one to send back.
 */
final class CookieCallersCsrf implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    CookieCallersCsrf() {
        masked.setCsrfRequestAttributeName(null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        if (request.getHeader("Authorization") == null) {
            masked.handle(request, response, token);
        }
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        return StringUtils.hasText(request.getHeader(token.getHeaderName()))
                ? plain.resolveCsrfTokenValue(request, token) : masked.resolveCsrfTokenValue(request, token);
    }
}
