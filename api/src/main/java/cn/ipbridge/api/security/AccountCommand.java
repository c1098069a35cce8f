package cn.ipbridge.api.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.CommandContext;

/**
 * {@code account create --username U --role ROLE [--officer-id ID] [--institution NAME] [--funder NAME]
 * [--district ADCODE]}, {@code account token --username U [--name NAME]} and {@code account disable --username U}:
 * manage accounts in the configured database without the web server. A new account's password is read from
 * IPBRIDGE_ACCOUNT_PASSWORD, else generated and printed once; a token is printed once. Exit 0, or 2 for bad
 * arguments.
 */
public final class AccountCommand {

    public static final String NAME = "account";
    private static final String USAGE = """
            usage: account create --username U --role ADMIN|STAFF|OFFICER|INSTITUTION|FUNDER|DISTRICT|VIEWER
                                  [--officer-id ID] [--institution NAME] [--funder NAME] [--district ADCODE]
                   account token --username U [--name NAME]
                   account disable --username U""";
    private static final Map<String, Set<String>> FLAGS = Map.of(
            "create", Set.of("--username", "--role", "--officer-id", "--institution", "--funder", "--district"),
            "token", Set.of("--username", "--name"),
            "disable", Set.of("--username"));

    private AccountCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        String action = args.length > 1 ? args[1] : "";
        Map<String, String> flags;
        Role role = null;
        try {
            flags = parse(action, List.of(args).subList(Math.min(2, args.length), args.length));
            if (action.equals("create")) {
                role = Role.valueOf(flags.getOrDefault("--role", "(none)"));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("account: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start(application)) {
            AccountService accounts = context.getBean(AccountService.class);
            String username = flags.get("--username");
            switch (action) {
                case "create" -> {
                    String password = System.getenv("IPBRIDGE_ACCOUNT_PASSWORD");
                    boolean generated = password == null || password.isBlank();
                    password = generated ? AccountService.randomPassword() : password;
                    accounts.create(new AccountService.NewAccount(username, password, role, flags.get("--officer-id"),
                            flags.get("--institution"), flags.get("--funder"), flags.get("--district")), "command line");
                    System.out.println("created " + role + " account " + username
                            + (generated ? " with password " + password + " (shown once)" : ""));
                }
                case "token" -> System.out.println(accounts.createToken(username, flags.get("--name"), "command line"));
                default -> {
                    accounts.disable(username, "command line");
                    System.out.println("disabled account " + username);
                }
            }
        } catch (BadArgumentException e) {
            System.err.println("account: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    static Map<String, String> parse(String action, List<String> args) {
        Set<String> allowed = FLAGS.get(action);
        if (allowed == null) {
            throw new IllegalArgumentException("unknown action '" + action + "'");
        }
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!allowed.contains(args.get(i))) {
                throw new IllegalArgumentException("unknown argument " + args.get(i));
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("argument " + args.get(i) + " needs a value");
            }
            flags.put(args.get(i), args.get(i + 1));
        }
        if (!flags.containsKey("--username")) {
            throw new IllegalArgumentException("argument --username is required");
        }
        return flags;
    }
}
