// The peer of scripts/bench: the Neo4j GraphQL Library (@neo4j/graphql 7) generating a GraphQL API from type
// definitions equivalent to IPBridge's Enterprise, Patent and IpcClass, served over HTTP by Apollo Server and
// pointed at the same embedded database over Bolt. Queries only: no mutations are measured.
//   node server.js BOLT_URI PORT
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const [boltUri, port] = process.argv.slice(2);

// Relationships as in graph-model/README.md. Enumerated properties are strings here: the library's filters and the
// graph store their names. appliedPatentCount is the aggregate IPBridge orders by (PATENT_COUNT), as the library
// allows it: a @cypher field.
const typeDefs = /* GraphQL */ `
  type Enterprise @node @fulltext(indexes: [{ indexName: "enterprise_fulltext", queryName: "enterprisesByName", fields: ["name"] }]) {
    uscc: String!
    name: String!
    aliases: [String!]
    address: String
    founded: Date
    srdiLevel: String
    srdiYear: Int
    employees: Int
    patents: [Patent!]! @relationship(type: "APPLIED_BY", direction: IN)
    districts: [District!]! @relationship(type: "LOCATED_IN", direction: OUT)
    industries: [Industry!]! @relationship(type: "IN_INDUSTRY", direction: OUT)
    appliedPatentCount: Int!
      @cypher(statement: "RETURN COUNT { (this)<-[:APPLIED_BY]-(:Patent) } AS c", columnName: "c")
  }

  type Patent @node {
    applicationNumber: String!
    title: String!
    type: String
    filingDate: Date
    legalStatus: String
    ipcClasses: [IpcClass!]! @relationship(type: "CLASSIFIED_AS", direction: OUT)
    applicants: [Enterprise!]! @relationship(type: "APPLIED_BY", direction: OUT)
  }

  type IpcClass @node {
    code: String!
    level: String
    titleZh: String
    titleEn: String
  }

  type District @node {
    adcode: String!
    name: String!
  }

  type Industry @node {
    code: String!
    name: String!
  }
`;

const driver = neo4j.driver(boltUri, neo4j.auth.basic("neo4j", "unused"), { maxConnectionPoolSize: 100 });
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const server = new ApolloServer({ schema: await neoSchema.getSchema(), introspection: true });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: "127.0.0.1" } });
console.log(`peer ready at ${url}`);
