package cn.ipbridge.api.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The limits checked on the HTTP request: body size first of all filters, the per-account rate right after
 * sign-in (Spring Security's chain runs at order -100).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class HttpLimits {

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(LimitSettings limits) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(new RequestSizeFilter(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(LimitSettings limits) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits));
        registration.setOrder(0);
        return registration;
    }
}
