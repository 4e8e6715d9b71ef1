// Table-driven tests of the console's query history: newest first, deduplicated, capped at
// 50, robust storage, and arrow-key recall that gives the unsent draft back at the end.
import { describe, expect, it } from "vitest";
import {
  HISTORY_KEY,
  HISTORY_MAX,
  HistoryCursor,
  loadHistory,
  pushHistory,
  saveHistory,
  type KeyValueStore,
} from "../../../client/console/history.ts";

function memory(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe("pushHistory", () => {
  it.each<[string[], string, string[]]>([
    [[], "RETURN 1", ["RETURN 1"]],
    [["RETURN 1"], "RETURN 2", ["RETURN 2", "RETURN 1"]],
    [["RETURN 2", "RETURN 1"], "RETURN 1", ["RETURN 1", "RETURN 2"]],
    [["RETURN 1"], "  RETURN 1\n", ["RETURN 1"]],
    [["RETURN 1"], "   ", ["RETURN 1"]],
    [["a", "b"], ":param x => 1", [":param x => 1", "a", "b"]],
  ])("%j + %j", (before, query, after) => {
    expect(pushHistory(before, query)).toEqual(after);
  });

  it(`keeps the last ${HISTORY_MAX}`, () => {
    let h: string[] = [];
    for (let i = 0; i < 70; i++) h = pushHistory(h, `RETURN ${i}`);
    expect(h).toHaveLength(HISTORY_MAX);
    expect(h[0]).toBe("RETURN 69");
    expect(h.at(-1)).toBe("RETURN 20");
  });
});

describe("loadHistory / saveHistory", () => {
  it.each<[string, Record<string, string>, string[]]>([
    ["nothing stored", {}, []],
    ["a stored list", { [HISTORY_KEY]: '["b","a"]' }, ["b", "a"]],
    ["corrupt JSON", { [HISTORY_KEY]: "{oops" }, []],
    ["not a list", { [HISTORY_KEY]: '{"a":1}' }, []],
    ["non-strings dropped", { [HISTORY_KEY]: '["a", 1, null, "", "b"]' }, ["a", "b"]],
  ])("%s", (_what, data, expected) => {
    expect(loadHistory(memory(data))).toEqual(expected);
  });

  it("round-trips, and survives missing or failing storage", () => {
    const store = memory();
    saveHistory(store, ["x", "y"]);
    expect(loadHistory(store)).toEqual(["x", "y"]);
    expect(loadHistory(null)).toEqual([]);
    const failing: KeyValueStore = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
    };
    expect(() => saveHistory(failing, ["x"])).not.toThrow();
    expect(loadHistory(failing)).toEqual([]);
  });
});

describe("HistoryCursor", () => {
  type Step = ["older", string, string | null] | ["newer", null, string | null];
  it.each<[string, string[], Step[]]>([
    [
      "empty history",
      [],
      [
        ["older", "draft", null],
        ["newer", null, null],
      ],
    ],
    [
      "up, up, past the end, down, down back to the draft",
      ["q2", "q1"],
      [
        ["older", "draft", "q2"],
        ["older", "q2", "q1"],
        ["older", "q1", null],
        ["newer", null, "q2"],
        ["newer", null, "draft"],
        ["newer", null, null],
      ],
    ],
    [
      "down first does nothing",
      ["q1"],
      [
        ["newer", null, null],
        ["older", "", "q1"],
        ["newer", null, ""],
      ],
    ],
  ])("%s", (_what, entries, steps) => {
    const c = new HistoryCursor(entries);
    for (const [dir, current, expected] of steps) {
      expect(dir === "older" ? c.older(current!) : c.newer()).toBe(expected);
    }
  });

  it("starts over after reset", () => {
    const c = new HistoryCursor(["a"]);
    c.older("d");
    c.reset(["b", "a"]);
    expect(c.older("new draft")).toBe("b");
    expect(c.newer()).toBe("new draft");
  });
});
