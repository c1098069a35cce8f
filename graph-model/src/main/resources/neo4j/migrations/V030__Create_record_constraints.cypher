CREATE CONSTRAINT best_case_id IF NOT EXISTS FOR (b:BestCase) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT notice_id IF NOT EXISTS FOR (n:Notice) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_entity_key IF NOT EXISTS FOR (c:Change) ON (c.entity, c.key);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX notice_published IF NOT EXISTS FOR (n:Notice) ON (n.published);
