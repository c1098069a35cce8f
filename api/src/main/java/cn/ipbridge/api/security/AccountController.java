package cn.ipbridge.api.security;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Resolves {@code me} and the account mutations (ADMIN only, by {@link FieldPolicy}). */
@Controller
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @QueryMapping
    Caller me() {
        return Caller.current();
    }

    @MutationMapping
    Caller createAccount(@Argument AccountInput input) {
        accounts.create(new AccountService.NewAccount(input.username(), input.password(), input.role(),
                input.officerId(), input.institutionName(), input.funderName(), input.districtAdcode()), by());
        return new Caller(input.username(), input.role(), input.officerId(), input.institutionName(),
                input.funderName(), input.districtAdcode());
    }

    @MutationMapping
    Boolean disableAccount(@Argument String username) {
        accounts.disable(username, by());
        return true;
    }

    @MutationMapping
    String createApiToken(@Argument String username, @Argument String name) {
        return accounts.createToken(username, name, by());
    }

    private static String by() {
        Caller caller = Caller.current();
        return caller == null ? null : caller.username();
    }

    record AccountInput(String username, String password, Role role, String officerId, String institutionName,
                        String funderName, String districtAdcode) {
    }
}
