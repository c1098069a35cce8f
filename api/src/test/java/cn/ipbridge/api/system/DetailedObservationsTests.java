package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.env.MockEnvironment;

/** Spring Boot's GraphQL observation instrumentation is registered only when IPBRIDGE_OBSERVE_DETAIL asks for it. */
class DetailedObservationsTests {

    @Test
    void leavesTheInstrumentationOutByDefault() {
        assertThat(instrumentationAfter(new MockEnvironment())).isFalse();
        assertThat(instrumentationAfter(new MockEnvironment().withProperty(DetailedObservations.PROPERTY, "false")))
                .isFalse();
    }

    @Test
    void keepsItWhenAsked() {
        assertThat(instrumentationAfter(new MockEnvironment().withProperty(DetailedObservations.PROPERTY, "true")))
                .isTrue();
    }

    private static boolean instrumentationAfter(MockEnvironment environment) {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerBeanDefinition(DetailedObservations.GRAPHQL_INSTRUMENTATION, new RootBeanDefinition(Object.class));
        DetailedObservations.graphQlObservationsUnlessAsked(environment).postProcessBeanFactory(factory);
        return factory.containsBeanDefinition(DetailedObservations.GRAPHQL_INSTRUMENTATION);
    }
}
