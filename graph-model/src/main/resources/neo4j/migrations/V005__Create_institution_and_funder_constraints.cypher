// Universities, institutions and funders are keyed by their registered Chinese name.
// A university that is also a designated centre carries both labels and satisfies both constraints.
CREATE CONSTRAINT university_name IF NOT EXISTS FOR (u:University) REQUIRE u.name IS UNIQUE;
CREATE CONSTRAINT institution_name IF NOT EXISTS FOR (i:Institution) REQUIRE i.name IS UNIQUE;
CREATE CONSTRAINT funder_name IF NOT EXISTS FOR (f:Funder) REQUIRE f.name IS UNIQUE;
CREATE CONSTRAINT financing_deal_id IF NOT EXISTS FOR (d:FinancingDeal) REQUIRE d.id IS UNIQUE;
