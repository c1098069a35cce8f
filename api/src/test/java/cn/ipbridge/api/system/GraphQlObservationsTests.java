package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;

/** Spring Boot's GraphQL observation instrumentation is registered only when IPBRIDGE_OBSERVE_DETAIL asks for it. */
class GraphQlObservationsTests {

    @Test
    void leavesTheInstrumentationOutByDefault() {
        assertThat(instrumentationAfter(new MockEnvironment())).isFalse();
        assertThat(instrumentationAfter(new MockEnvironment().withProperty("ipbridge.observe-detail", "false")))
                .isFalse();
    }

    @Test
    void keepsItWhenAsked() {
        assertThat(instrumentationAfter(new MockEnvironment().withProperty("ipbridge.observe-detail", "true")))
                .isTrue();
    }

    private static boolean instrumentationAfter(MockEnvironment environment) {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerBeanDefinition(GraphQlObservations.INSTRUMENTATION, new RootBeanDefinition(Object.class));
        GraphQlObservations.graphQlObservationsUnlessAsked(environment).postProcessBeanFactory(factory);
        return factory.containsBeanDefinition(GraphQlObservations.INSTRUMENTATION);
    }
}
