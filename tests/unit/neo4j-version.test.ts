// One Neo4j version everywhere: the jars the tests and CI run (scripts/neo4j/pom.xml), the image
// docker-compose.yml pins, and the README's "Run on Neo4j" section.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../../server/cli/client-build.ts";

const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const pomVersion = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(read("scripts/neo4j/pom.xml"))?.[1];

describe("the Neo4j version", () => {
  it("is a 5.26 patch release in the pom (the last line on Java 17)", () => {
    expect(pomVersion).toMatch(/^5\.26\.\d+$/);
  });

  it("is the one docker-compose.yml pins", () => {
    const doc = parse(read("docker-compose.yml"));
    expect(doc.services.neo4j.image).toBe(`neo4j:${pomVersion}-community`);
  });

  it("is the one the README names", () => {
    expect(read("README.md")).toContain(`Neo4j ${pomVersion}`);
  });
});
