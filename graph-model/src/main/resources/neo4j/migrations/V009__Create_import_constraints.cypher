// Every file import is recorded as an Import node, keyed by a generated id and listed newest first.
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:Import) REQUIRE i.id IS UNIQUE;
CREATE INDEX import_started_at IF NOT EXISTS FOR (i:Import) ON (i.startedAt);
