package cn.ipbridge.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Observations of the security filters only when IPBRIDGE_OBSERVE_DETAIL asks for them (application.yml). Turned
 * off by {@code management.observations.enable} alone, each filter of each request is still wrapped in an
 * observing decorator that then observes nothing; without these settings the chain is not wrapped at all.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings(@Value("${ipbridge.observe-detail:false}") boolean detail) {
        return detail ? SecurityObservationSettings.withDefaults().build()
                : SecurityObservationSettings.noObservations();
    }
}
