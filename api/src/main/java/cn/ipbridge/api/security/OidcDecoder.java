package cn.ipbridge.api.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Checks a JWT from the configured OpenID Connect issuer: signed by a key the issuer publishes (its
 * {@code /.well-known/openid-configuration} is read at start, its JWKS when needed), issued by that issuer, within
 * its lifetime (a minute's clock skew) and, when {@code ipbridge.security.oidc.audience} is set, meant for us.
 */
final class OidcDecoder {

    private OidcDecoder() {
    }

    static JwtDecoder of(SecuritySettings.Oidc settings) {
        NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(settings.issuerUri());
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
        if (settings.audience() != null && !settings.audience().isBlank()) {
            validators.add(new JwtAudienceValidator(settings.audience()));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
