CREATE CONSTRAINT trademark_registration_number IF NOT EXISTS FOR (t:Trademark) REQUIRE t.registrationNumber IS UNIQUE;
