package cn.ipbridge.api.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import tools.jackson.databind.ObjectMapper;

/**
 * How {@code /login} and {@code /logout} answer: a page asking for {@code Accept: application/json} (the
 * dashboard's own sign-in form, same origin) gets JSON (200 with the account, 401 with the error, 204 after
 * sign-out); a browser form gets the usual redirects.
 */
final class FormSignInResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormSignInResponses() {
    }

    static AuthenticationSuccessHandler success() {
        AuthenticationSuccessHandler page = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            Caller caller = Caller.of(authentication);
            if (!wantsJson(request) || caller == null) {
                page.onAuthenticationSuccess(request, response, authentication);
                return;
            }
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(JSON.writeValueAsString(Map.of("username", caller.username(),
                    "role", caller.role().name())));
        };
    }

    static AuthenticationFailureHandler failure() {
        AuthenticationFailureHandler page = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (wantsJson(request)) {
                ErrorResponse.write(response, 401, "UNAUTHORIZED", "Wrong username or password");
            } else {
                page.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    static LogoutSuccessHandler signedOut() {
        SimpleUrlLogoutSuccessHandler page = new SimpleUrlLogoutSuccessHandler();
        page.setDefaultTargetUrl("/login?logout");
        return (request, response, authentication) -> {
            if (wantsJson(request)) {
                response.setStatus(204);
            } else {
                page.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
    }
}
