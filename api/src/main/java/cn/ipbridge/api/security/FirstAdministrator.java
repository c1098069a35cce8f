package cn.ipbridge.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * When sign-in is on and no ADMIN account exists, creates one named {@code ipbridge.security.admin-username}
 * with {@code ipbridge.security.admin-password}. With no password configured it generates one and prints it once
 * (only its hash is stored), except under the {@code prod} profile, where it refuses to start instead. There is
 * never a built-in password.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final SecuritySettings settings;
    private final AccountQueries accounts;
    private final AccountService service;
    private final Environment environment;

    FirstAdministrator(SecuritySettings settings, AccountQueries accounts, AccountService service,
                       Environment environment) {
        this.settings = settings;
        this.accounts = accounts;
        this.service = service;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || accounts.anyAdmin()) {
            return;
        }
        String password = settings.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("No administrator account exists and IPBRIDGE_ADMIN_PASSWORD is not set: "
                    + "the prod profile needs it to create the first one");
        }
        if (generated) {
            password = AccountService.randomPassword();
        }
        service.create(new AccountService.NewAccount(settings.adminUsername(), password, Role.ADMIN,
                null, null, null, null), "configuration");
        if (generated) {
            // Printed once, to the console only: it is not stored anywhere but as a hash.
            System.out.println("IPBridge: created administrator '" + settings.adminUsername() + "' with password "
                    + password + " (shown once; sign in at /login, then change it by creating your own accounts)");
        } else {
            log.info("Created administrator '{}' from configuration", settings.adminUsername());
        }
    }
}
