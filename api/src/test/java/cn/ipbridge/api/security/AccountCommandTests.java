package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AccountCommandTests {

    @Test
    void readsTheFlagsOfEachAction() {
        assertThat(AccountCommand.parse("create", List.of("--username", "li", "--role", "FUNDER", "--funder", "某银行")))
                .containsEntry("--username", "li").containsEntry("--role", "FUNDER").containsEntry("--funder", "某银行");
        assertThat(AccountCommand.parse("token", List.of("--username", "li", "--name", "etl")))
                .containsEntry("--name", "etl");
    }

    @Test
    void refusesUnknownActionsAndFlagsNamingThem() {
        assertThatThrownBy(() -> AccountCommand.parse("delete", List.of("--username", "li")))
                .hasMessageContaining("delete");
        assertThatThrownBy(() -> AccountCommand.parse("token", List.of("--username", "li", "--role", "ADMIN")))
                .hasMessageContaining("--role");
        assertThatThrownBy(() -> AccountCommand.parse("disable", List.of())).hasMessageContaining("--username");
        assertThatThrownBy(() -> AccountCommand.parse("create", List.of("--username")))
                .hasMessageContaining("needs a value");
    }
}
