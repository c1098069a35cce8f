// Every property the API filters or orders on has an index.
CREATE INDEX enterprise_name IF NOT EXISTS FOR (e:Enterprise) ON (e.name);
CREATE INDEX enterprise_srdi_level IF NOT EXISTS FOR (e:Enterprise) ON (e.srdiLevel);
CREATE INDEX enterprise_founded IF NOT EXISTS FOR (e:Enterprise) ON (e.founded);
CREATE INDEX patent_publication_number IF NOT EXISTS FOR (p:Patent) ON (p.publicationNumber);
CREATE INDEX patent_legal_status IF NOT EXISTS FOR (p:Patent) ON (p.legalStatus);
CREATE INDEX patent_type IF NOT EXISTS FOR (p:Patent) ON (p.type);
CREATE INDEX patent_filing_date IF NOT EXISTS FOR (p:Patent) ON (p.filingDate);
CREATE INDEX ipc_class_level IF NOT EXISTS FOR (c:IpcClass) ON (c.level);
CREATE INDEX institution_types IF NOT EXISTS FOR (i:Institution) ON (i.types);
CREATE INDEX funder_type IF NOT EXISTS FOR (f:Funder) ON (f.type);
CREATE INDEX visit_date IF NOT EXISTS FOR (v:Visit) ON (v.date);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX service_case_kind IF NOT EXISTS FOR (c:ServiceCase) ON (c.kind);
