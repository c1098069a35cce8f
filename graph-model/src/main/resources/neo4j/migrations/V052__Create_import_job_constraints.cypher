// Every import job the API takes is an ImportJob node (its state, progress and report), read by every API instance;
// the newest are kept, older ones removed by submittedAt.
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX import_job_submitted_at IF NOT EXISTS FOR (j:ImportJob) ON (j.submittedAt);
