package cn.ipbridge.graph.write;

import org.neo4j.driver.Driver;

/**
 * The write path for records entered by hand, grouped by what is recorded. Every call is one write transaction
 * that writes the record and its audit {@code Change {id, at, actor, action, entity, key, before, after}}
 * together; a refused call ({@link RecordRefusedException}) writes nothing.
 */
public final class RecordWriter {

    private final VisitRecords visits;
    private final EventRecords events;
    private final DealRecords deals;
    private final CaseRecords cases;
    private final EnterpriseRecords enterprises;
    private final NoticeRecords notices;

    public RecordWriter(Driver driver, String database) {
        AuditedWrite audited = new AuditedWrite(driver, database);
        this.visits = new VisitRecords(audited);
        this.events = new EventRecords(audited);
        this.deals = new DealRecords(audited);
        this.cases = new CaseRecords(audited);
        this.enterprises = new EnterpriseRecords(audited);
        this.notices = new NoticeRecords(audited);
    }

    public VisitRecords visits() {
        return visits;
    }

    public EventRecords events() {
        return events;
    }

    public DealRecords deals() {
        return deals;
    }

    public CaseRecords cases() {
        return cases;
    }

    public EnterpriseRecords enterprises() {
        return enterprises;
    }

    public NoticeRecords notices() {
        return notices;
    }
}
