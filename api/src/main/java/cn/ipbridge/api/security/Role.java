package cn.ipbridge.api.security;

/** What an account may see and do; README "Accounts and security" has the table. */
public enum Role {
    /** Everything, and manages accounts. */
    ADMIN,
    /** Everything about the programme's data. */
    STAFF,
    /** The firms assigned to the officer, and the officer's own visits. */
    OFFICER,
    /** Candidate firms and the firms the institution serves, its own events and cases; no financing. */
    INSTITUTION,
    /** Pledge candidates and the funder's own deals. */
    FUNDER,
    /** What STAFF sees, limited to one district. */
    DISTRICT,
    /** Aggregates and public facts only. */
    VIEWER;

    String authority() {
        return "ROLE_" + name();
    }
}
