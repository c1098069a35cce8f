package cn.ipbridge.api.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * The observations of every GraphQL field and every security filter, only when IPBRIDGE_OBSERVE_DETAIL
 * ({@value #PROPERTY}) asks for them. Turned off by {@code management.observations.enable} alone, Spring Boot's
 * GraphQL instrumentation still wraps every field's fetcher and takes part in every step of every field (a list of
 * 1,000 patents with their classes has about 7,000), and each security filter of each request is still wrapped in an
 * observing decorator, both observing nothing; here the instrumentation is not registered and the filters are not
 * wrapped.
 */
@Configuration(proxyBeanMethods = false)
class DetailedObservations {

    static final String PROPERTY = "ipbridge.observe-detail";

    /** The bean Spring Boot's {@code GraphQlObservationAutoConfiguration} defines. */
    static final String GRAPHQL_INSTRUMENTATION = "graphQlObservationInstrumentation";

    @Bean
    static BeanFactoryPostProcessor graphQlObservationsUnlessAsked(Environment environment) {
        return factory -> {
            if (!environment.getProperty(PROPERTY, Boolean.class, false) && factory instanceof BeanDefinitionRegistry
                    registry && registry.containsBeanDefinition(GRAPHQL_INSTRUMENTATION)) {
                registry.removeBeanDefinition(GRAPHQL_INSTRUMENTATION);
            }
        };
    }

    @Bean
    SecurityObservationSettings securityObservationSettings(@Value("${" + PROPERTY + ":false}") boolean detail) {
        return detail ? SecurityObservationSettings.withDefaults().build()
                : SecurityObservationSettings.noObservations();
    }
}
