package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.Instrumentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.security.config.observation.SecurityObservationSettings;

import cn.ipbridge.api.support.SmallGraphTest;

/**
 * What takes part in every field of every request, as the application runs by default: the limits and the field
 * policy, no observation (IPBRIDGE_OBSERVE_DETAIL is off), so Spring Boot's instrumentation bean is really gone.
 */
class GraphQlInstrumentationsIT extends SmallGraphTest {

    @Autowired
    ApplicationContext context;

    @Test
    void observesNothingUnlessAsked() {
        assertThat(context.getBeansOfType(GraphQlObservationInstrumentation.class)).isEmpty();
        assertThat(context.getBeansOfType(Instrumentation.class)).isNotEmpty();
        SecurityObservationSettings security = context.getBean(SecurityObservationSettings.class);
        assertThat(security.shouldObserveRequests()).isFalse();
        assertThat(security.shouldObserveAuthentications()).isFalse();
        assertThat(security.shouldObserveAuthorizations()).isFalse();
    }
}
