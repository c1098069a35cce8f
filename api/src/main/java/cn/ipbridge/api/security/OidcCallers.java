package cn.ipbridge.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A JWT from the configured OpenID Connect issuer as a {@link Caller}: the username from one claim, the role from
 * another (the first value naming a known role), scope from claims named like the scope fields. A token without a
 * known role signs nobody in.
 */
final class OidcCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings.Oidc settings;

    OidcCallers(SecuritySettings.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Object claim = jwt.getClaims().get(settings.roleClaim());
        Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        Role role = values.stream().map(v -> v.toString().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", ""))
                .flatMap(v -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(v)))
                .findFirst().orElse(null);
        if (role == null) {
            return new JwtAuthenticationToken(jwt, List.of()); // signed in, but no role: every rule refuses it
        }
        String username = jwt.getClaimAsString(settings.usernameClaim());
        Caller caller = new Caller(username == null ? jwt.getSubject() : username, role,
                jwt.getClaimAsString("officerId"), jwt.getClaimAsString("institutionName"),
                jwt.getClaimAsString("funderName"), jwt.getClaimAsString("districtAdcode"));
        return UsernamePasswordAuthenticationToken.authenticated(caller, jwt, caller.authorities());
    }
}
