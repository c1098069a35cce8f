package cn.ipbridge.api.system;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Spring Boot's GraphQL observation instrumentation only when IPBRIDGE_OBSERVE_DETAIL asks for it (application.yml).
 * Turned off by {@code management.observations.enable} alone, it still wraps every field's fetcher and takes part
 * in every step of every field, observing nothing; a list of 1,000 patents with their classes has about 7,000.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlObservations {

    /** The bean Spring Boot's {@code GraphQlObservationAutoConfiguration} defines. */
    static final String INSTRUMENTATION = "graphQlObservationInstrumentation";

    @Bean
    static BeanFactoryPostProcessor graphQlObservationsUnlessAsked(Environment environment) {
        return factory -> {
            boolean asked = environment.getProperty("ipbridge.observe-detail", Boolean.class, false);
            if (!asked && factory instanceof BeanDefinitionRegistry registry
                    && registry.containsBeanDefinition(INSTRUMENTATION)) {
                registry.removeBeanDefinition(INSTRUMENTATION);
            }
        };
    }
}
