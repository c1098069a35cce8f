package cn.ipbridge.api.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: the account's name, role and scope (which officer, institution, funder or district it speaks
 * for; null when the role has none). Every way of signing in ends in one of these.
 */
public record Caller(String username, Role role, String officerId, String institutionName, String funderName,
                     String districtAdcode) {

    /** With security off: the whole API, as before accounts existed. */
    static final Caller UNRESTRICTED = new Caller("(security disabled)", Role.ADMIN, null, null, null, null);

    List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    /** The caller of the current request, or null when nobody signed in. */
    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The account name of whoever signed in to the current request, for an audit trail; null when nobody did or
     * security is off.
     */
    public static String signedInUsername() {
        Caller caller = current();
        return caller == null || caller == UNRESTRICTED ? null : caller.username();
    }

    /** The name the audit trail records for the current request: the signed-in account, else "anonymous". */
    public static String auditName() {
        String username = signedInUsername();
        return username == null ? "anonymous" : username;
    }

    static Caller of(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Caller caller) {
            return caller;
        }
        if (principal instanceof AccountDetails details) {
            return details.caller();
        }
        return authentication.getDetails() instanceof Caller caller ? caller : null;
    }
}
