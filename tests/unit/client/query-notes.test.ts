// Unit tests of the console's plain-words notes: the writing clause of a refused query, and
// labels or types a query names that the schema lacks (strings and comments ignored).
import { describe, expect, it } from "vitest";
import { emptyResultWarning, unknownNames, writeRefusal } from "../../../client/console/query-notes.ts";

const SCHEMA = { labels: ["Entity", "Person", "State"], relationshipTypes: ["SAID", "CONDEMNED"], propertyKeys: [] };

describe("writeRefusal", () => {
  it("names the first writing clause and its line", () => {
    expect(writeRefusal("CREATE (:X)")).toBe("This query writes (CREATE at line 1); the console is read-only");
    expect(writeRefusal("MATCH (n)\nDETACH  DELETE n")).toBe(
      "This query writes (DETACH DELETE at line 2); the console is read-only",
    );
  });
  it("ignores keywords inside strings and comments", () => {
    expect(writeRefusal("MATCH (n) WHERE n.name = 'CREATE' RETURN n // SET")).toBeNull();
  });
});

describe("unknownNames and emptyResultWarning", () => {
  it("finds misspelt labels and types, not known ones", () => {
    expect(unknownNames("MATCH (a:Persn:State)-[r:SAYS|SAID]->(:Entity) RETURN a", SCHEMA)).toEqual({
      labels: ["Persn"],
      types: ["SAYS"],
    });
    expect(unknownNames("MATCH (a:Person)-[:SAID]->(b) WHERE a.name = '(x:Nope)' RETURN b", SCHEMA)).toEqual({
      labels: [],
      types: [],
    });
  });
  it("warns only with a loaded schema and something unknown", () => {
    expect(emptyResultWarning("MATCH (n:Persn) RETURN n", SCHEMA)).toContain("no label :Persn");
    expect(emptyResultWarning("MATCH (n:Person) RETURN n", SCHEMA)).toBeNull();
    expect(
      emptyResultWarning("MATCH (n:Persn) RETURN n", { labels: [], relationshipTypes: [], propertyKeys: [] }),
    ).toBeNull();
  });
});
