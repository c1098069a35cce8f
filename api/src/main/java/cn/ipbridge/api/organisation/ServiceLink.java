package cn.ipbridge.api.organisation;

import java.time.LocalDate;

import cn.ipbridge.api.enterprise.Enterprise;

/** The two ends of a {@code SERVES} link as the schema shows them: {@code Service} and {@code ServedEnterprise}. */
final class ServiceLink {

    private ServiceLink() {
    }

    /** An institution serving a given firm. */
    record Service(Institution institution, String service, LocalDate since) {
    }

    /** A firm served by a given institution. */
    record ServedEnterprise(Enterprise enterprise, String service, LocalDate since) {
    }
}
