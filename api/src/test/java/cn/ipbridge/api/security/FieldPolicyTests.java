package cn.ipbridge.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The policy is consistent with itself: an argument is held only for roles that may call its field. */
class FieldPolicyTests {

    @Test
    void holdsArgumentsOnlyForScopedRolesThatMayCallTheField() {
        FieldPolicy.SCOPED_ARGUMENTS.forEach((coordinate, arguments) -> {
            String type = coordinate.substring(0, coordinate.indexOf('.'));
            for (FieldPolicy.ScopedArgument argument : arguments) {
                assertThat(argument.roles()).as("%s %s", coordinate, argument.path())
                        .doesNotContain(Role.ADMIN, Role.STAFF, Role.VIEWER)
                        .allMatch(role -> FieldPolicy.allows(role, type, coordinate));
            }
        });
    }

    @Test
    void anUnlistedQueryIsForAdminAndStaffOnly() {
        for (Role role : Role.values()) {
            assertThat(FieldPolicy.allows(role, "Query", "Query.somethingNew"))
                    .as("%s", role).isEqualTo(role == Role.ADMIN || role == Role.STAFF);
        }
    }

    @Test
    void readsAnArgumentInsideAnInputObject() {
        Map<String, Object> arguments = Map.of("uscc", "X", "input", Map.of("enterprise", "Y"));
        assertThat(ScopedArguments.value(arguments, "uscc")).isEqualTo("X");
        assertThat(ScopedArguments.value(arguments, "input.enterprise")).isEqualTo("Y");
        assertThat(ScopedArguments.value(arguments, "input.missing")).isNull();
        assertThat(ScopedArguments.value(Map.of("input", List.of()), "input.enterprise")).isNull();
    }

    @Test
    void aScopedRoleWithoutItsScopeSeesNoRows() {
        assertThat(new RowScope(Role.DISTRICT, null).firm("e")).isEqualTo("false");
        assertThat(new RowScope(Role.VIEWER, null).firm("e")).isEqualTo("false");
        assertThat(new RowScope(Role.STAFF, null).firm("e")).isEqualTo("true");
        assertThat(new RowScope(Role.FUNDER, "f").deal("d")).contains("$scopeValue").contains("(d)");
    }
}
