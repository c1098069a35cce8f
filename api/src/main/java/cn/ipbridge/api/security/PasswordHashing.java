package cn.ipbridge.api.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed, for the server and the {@code account} command alike. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating: new hashes are {bcrypt}; a stronger scheme can be added without invalidating old ones.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
