CREATE CONSTRAINT sign_in_token_hash IF NOT EXISTS FOR (t:SignInToken) REQUIRE t.hash IS UNIQUE;
