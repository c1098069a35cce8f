package cn.ipbridge.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
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
@ConditionalOnWebApplication
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
        String url = "http://" + environment.getProperty("server.address", "localhost") + ":"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")) + "/";
        if (!settings.enabled()) {
            System.out.println("IPBridge: open " + url + " (sign-in is off: IPBRIDGE_SECURITY_ENABLED=false)");
            return;
        }
        if (accounts.anyAdmin()) {
            System.out.println("IPBridge: open " + url + " and sign in (scripts/account creates accounts)");
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
            System.out.println("IPBridge: open " + url + " and sign in as '" + settings.adminUsername()
                    + "' with password " + password + " (generated, shown this once)");
        } else {
            log.info("Created administrator '{}' from configuration", settings.adminUsername());
            System.out.println("IPBridge: open " + url + " and sign in as '" + settings.adminUsername() + "'");
        }
    }
}
