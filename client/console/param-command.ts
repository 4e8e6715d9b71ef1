// Neo4j Browser's parameter commands typed in the console editor, parsed client-side:
// `:param x => 42`, `:param x: 'a'`, `:param {a: 1}` (merge), `:params {a: 1}` (replace), `:params`, `:param clear`.
import { parseLiteral, parseName, type Literal } from "./cypher-literal.ts";

export type Params = Record<string, Literal>;

export type ParamCommand =
  | { kind: "set"; values: Params; replace: boolean }
  | { kind: "list" }
  | { kind: "clear" }
  | { kind: "error"; message: string };

const USAGE = "usage: :param name => value, :param {name: value}, :params, :param clear";

/** Is this editor text a console command (`:something`) rather than Cypher? */
export function isConsoleCommand(text: string): boolean {
  return /^\s*:/.test(text);
}

/** Parse a console command; anything that is not a `:param`/`:params` command is an error result. */
export function parseParamCommand(text: string): ParamCommand {
  const m = /^\s*:(params?)\b/i.exec(text);
  if (!m) {
    const word = /^\s*(:\S*)/.exec(text)?.[1] ?? text.trim().slice(0, 20);
    return { kind: "error", message: `unknown command '${word}' (${USAGE})` };
  }
  const plural = m[1]!.toLowerCase() === "params";
  const rest = text.slice(m[0].length).trim().replace(/;$/, "").trim();
  if (rest === "" || rest === "list") return { kind: "list" };
  if (/^clear$/i.test(rest)) return { kind: "clear" };
  if (rest.startsWith("{")) {
    const parsed = parseLiteral(rest);
    if (!parsed.ok) return { kind: "error", message: `bad parameter map: ${parsed.error}` };
    const v = parsed.value;
    if (v === null || typeof v !== "object" || Array.isArray(v)) {
      return { kind: "error", message: `expected a map of parameters (${USAGE})` };
    }
    return { kind: "set", values: v, replace: plural };
  }
  const named = parseName(rest);
  if (!named) return { kind: "error", message: `expected a parameter name (${USAGE})` };
  const arrow = /^\s*(=>|:)/.exec(named.rest);
  if (!arrow) return { kind: "error", message: `expected '=>' after the name '${named.name}' (${USAGE})` };
  const valueText = named.rest.slice(arrow[0].length);
  if (valueText.trim() === "") return { kind: "error", message: `expected a value for '${named.name}'` };
  const parsed = parseLiteral(valueText);
  if (!parsed.ok) return { kind: "error", message: `bad value for '${named.name}': ${parsed.error}` };
  return { kind: "set", values: { [named.name]: parsed.value }, replace: false };
}

/** The parameters after a command (list, error: unchanged). */
export function applyParamCommand(params: Params, cmd: ParamCommand): Params {
  if (cmd.kind === "clear") return {};
  if (cmd.kind !== "set") return params;
  return cmd.replace ? { ...cmd.values } : { ...params, ...cmd.values };
}
