package cn.ipbridge.graph.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import cn.ipbridge.graph.model.ApplicantKind;

/**
 * Links a patent's applicants to the enterprises, universities and institutions already in the graph: by credit
 * code where the file gives one, else by {@link CompanyName normalised} name, else by an enterprise's former
 * name (alias). A name two organisations share is not linked, to avoid a wrong link. The rest stay
 * {@code Applicant}s under their own name: nothing is dropped.
 */
public final class ApplicantLinker {

    /** How an applicant was linked; stored as {@code APPLIED_BY.linkedBy} (null for an unlinked Applicant). */
    public enum LinkedBy { CREDIT_CODE, NAME, ALIAS }

    /** Where an applicant points: the node's kind and key, and how it was found. */
    public record Link(ApplicantKind kind, String key, LinkedBy linkedBy) {
    }

    private final Set<String> creditCodes = new HashSet<>();
    private final Map<String, Link> byName = new HashMap<>();
    private final Map<String, Link> byAlias = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    /** Reads every enterprise, university and institution name once; imports link against this snapshot. */
    public static ApplicantLinker load(Driver driver, SessionConfig session) {
        ApplicantLinker linker = new ApplicantLinker();
        try (Session s = driver.session(session)) {
            s.executeRead(tx -> {
                tx.run("MATCH (e:Enterprise) RETURN e.uscc AS uscc, e.name AS name, e.aliases AS aliases")
                        .forEachRemaining(linker::addEnterprise);
                tx.run("""
                        MATCH (n) WHERE n:University OR n:Institution
                        RETURN n.name AS name, n:Institution AS institution
                        """).forEachRemaining(linker::addOrganisation);
                return null;
            });
        }
        return linker;
    }

    public void addEnterprise(String uscc, String name, Iterable<String> aliases) {
        creditCodes.add(uscc);
        Link link = new Link(ApplicantKind.ENTERPRISE, uscc, LinkedBy.NAME);
        put(byName, name, link);
        for (String alias : aliases) {
            put(byAlias, alias, new Link(ApplicantKind.ENTERPRISE, uscc, LinkedBy.ALIAS));
        }
    }

    private void addEnterprise(Record r) {
        addEnterprise(r.get("uscc").asString(), r.get("name").asString(null),
                r.get("aliases").isNull() ? Set.of() : r.get("aliases").asList(v -> v.asString()));
    }

    private void addOrganisation(Record r) {
        ApplicantKind kind = r.get("institution").asBoolean() ? ApplicantKind.INSTITUTION : ApplicantKind.UNIVERSITY;
        String name = r.get("name").asString();
        put(byName, name, new Link(kind, name, LinkedBy.NAME));
    }

    private void put(Map<String, Link> map, String name, Link link) {
        if (name == null) {
            return;
        }
        String key = CompanyName.normalise(name);
        Link previous = map.putIfAbsent(key, link);
        if (previous != null && !previous.key().equals(link.key())) {
            ambiguous.add(key);
        }
    }

    /** Whether an enterprise with this (normalised) credit code was in the graph when the import started. */
    public boolean knowsCreditCode(String uscc) {
        return creditCodes.contains(uscc);
    }

    /** The link for an applicant named {@code name}, with the credit code the file gave for it (may be null). */
    public Link link(String name, String creditCode) {
        if (creditCode != null && creditCodes.contains(creditCode)) {
            return new Link(ApplicantKind.ENTERPRISE, creditCode, LinkedBy.CREDIT_CODE);
        }
        String key = CompanyName.normalise(name);
        if (!ambiguous.contains(key)) {
            Link found = byName.get(key);
            if (found == null) {
                found = byAlias.get(key);
            }
            if (found != null) {
                return found;
            }
        }
        return new Link(ApplicantKind.OTHER, CompanyName.tidy(name), null);
    }
}
