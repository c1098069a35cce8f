package cn.ipbridge.graph.write;

import org.neo4j.driver.Driver;

/** The write path, grouped by what is written. All parts share one batch size and database. */
public final class GraphWriter {

    private final TaxonomyWriter taxonomy;
    private final EnterpriseWriter enterprises;
    private final PatentWriter patents;
    private final OrganisationWriter organisations;
    private final OperationsWriter operations;
    private final ImportWriter imports;
    private final FirmProfileWriter profiles;

    public GraphWriter(Driver driver, String database, int batchSize) {
        BatchWriter writer = new BatchWriter(driver, database, batchSize);
        this.taxonomy = new TaxonomyWriter(writer);
        this.enterprises = new EnterpriseWriter(writer);
        this.patents = new PatentWriter(writer);
        this.organisations = new OrganisationWriter(writer);
        this.operations = new OperationsWriter(writer);
        this.imports = new ImportWriter(writer);
        this.profiles = new FirmProfileWriter(driver, database);
    }

    public GraphWriter(Driver driver, String database) {
        this(driver, database, BatchWriter.DEFAULT_BATCH_SIZE);
    }

    public TaxonomyWriter taxonomy() {
        return taxonomy;
    }

    public EnterpriseWriter enterprises() {
        return enterprises;
    }

    public PatentWriter patents() {
        return patents;
    }

    public OrganisationWriter organisations() {
        return organisations;
    }

    public OperationsWriter operations() {
        return operations;
    }

    public ImportWriter imports() {
        return imports;
    }

    /** Firms' derived patent profiles: refresh after writing patents. */
    public FirmProfileWriter profiles() {
        return profiles;
    }
}
