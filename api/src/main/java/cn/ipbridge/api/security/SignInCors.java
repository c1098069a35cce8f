package cn.ipbridge.api.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets the origins allowed to call {@code /graphql} (IPBRIDGE_CORS_ORIGINS) also sign in and out at
 * {@code /auth/token} and fetch the files the API makes (half-year reports, topic exports) with their token; no
 * others, and never with cookies (the token travels in a header).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SignInCors implements WebMvcConfigurer {

    private final GraphQlCorsProperties graphql;

    SignInCors(GraphQlCorsProperties graphql) {
        this.graphql = graphql;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (graphql.getAllowedOrigins().isEmpty() && graphql.getAllowedOriginPatterns().isEmpty()) {
            return;
        }
        CorsConfiguration from = graphql.toCorsConfiguration();
        registry.addMapping("/auth/**")
                .allowedOrigins(graphql.getAllowedOrigins().toArray(String[]::new))
                .allowedOriginPatterns(graphql.getAllowedOriginPatterns().toArray(String[]::new))
                .allowedMethods("POST", "DELETE")
                .allowedHeaders("Authorization", "Content-Type", "Accept")
                .allowCredentials(false)
                .maxAge(maxAge(from));
        for (String files : new String[] {"/reports/**", "/exports/**"}) {
            registry.addMapping(files)
                    .allowedOrigins(graphql.getAllowedOrigins().toArray(String[]::new))
                    .allowedOriginPatterns(graphql.getAllowedOriginPatterns().toArray(String[]::new))
                    .allowedMethods("GET")
                    .allowedHeaders("Authorization", "Accept")
                    .allowCredentials(false)
                    .maxAge(maxAge(from));
        }
    }

    private static long maxAge(CorsConfiguration from) {
        return from == null || from.getMaxAge() == null ? 1800 : from.getMaxAge();
    }
}
