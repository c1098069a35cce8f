package cn.ipbridge.api.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the application sends through {@link Neo4jClient}, so tests can check that a
 * nested GraphQL request costs one round trip per level.
 */
public class QueryCounter {

    private final AtomicInteger count = new AtomicInteger();

    public void reset() {
        count.set(0);
    }

    public int count() {
        return count.get();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static QueryCounter queryCounter() {
            return new QueryCounter();
        }

        @Bean
        static BeanPostProcessor countingNeo4jClient(org.springframework.beans.factory.ObjectProvider<QueryCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof Neo4jClient)) {
                        return bean;
                    }
                    ProxyFactory factory = new ProxyFactory(bean);
                    factory.addInterface(Neo4jClient.class);
                    factory.addAdvice((MethodInterceptor) invocation -> {
                        if (invocation.getMethod().getName().equals("query")) {
                            counter.getObject().count.incrementAndGet();
                        }
                        return invocation.proceed();
                    });
                    return factory.getProxy();
                }
            };
        }
    }
}
