// Patents are keyed by their normalised application number (e.g. 202311776587.0).
CREATE CONSTRAINT patent_application_number IF NOT EXISTS FOR (p:Patent) REQUIRE p.applicationNumber IS UNIQUE;
// Applicants that are not (yet) linked to an enterprise, university or institution keep their own node.
CREATE CONSTRAINT applicant_name IF NOT EXISTS FOR (a:Applicant) REQUIRE a.name IS UNIQUE;
