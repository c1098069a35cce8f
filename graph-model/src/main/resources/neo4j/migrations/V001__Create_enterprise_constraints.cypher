// Enterprises are keyed by their unified social credit code (GB 32100-2015), stored normalised.
CREATE CONSTRAINT enterprise_uscc IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.uscc IS UNIQUE;
