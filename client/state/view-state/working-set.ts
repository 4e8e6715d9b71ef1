// The working set in a shared URL: the drawn entity ids with their positions, packed as
// base64url JSON in the `w` parameter, so a colleague opening the link sees the same picture.
import { decodePositions, encodePositions } from "../positions/index.ts";
import type { PositionMap } from "../positions/index.ts";

export const WORKING_SET_KEY = "w";

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function encodeWorkingSet(positions: PositionMap): string {
  return toBase64Url(encodePositions(positions));
}

/** The ids and positions of a `w` value; null when absent, malformed or empty. */
export function decodeWorkingSet(value: string | null): PositionMap | null {
  if (!value) return null;
  const json = fromBase64Url(value);
  const map = json === null ? null : decodePositions(json);
  return map && Object.keys(map).length > 0 ? map : null;
}

/** The working set a graph hash carries (`#/entity/x?…&w=…`), if any. */
export function workingSetOf(hash: string): PositionMap | null {
  const q = hash.indexOf("?");
  return q < 0 ? null : decodeWorkingSet(new URLSearchParams(hash.slice(q + 1)).get(WORKING_SET_KEY));
}

/** `hash` with the working set added (replacing any there). */
export function withWorkingSet(hash: string, positions: PositionMap): string {
  const q = hash.indexOf("?");
  const path = q < 0 ? hash || "#/" : hash.slice(0, q);
  const params = new URLSearchParams(q < 0 ? "" : hash.slice(q + 1));
  params.set(WORKING_SET_KEY, encodeWorkingSet(positions));
  return `${path}?${params.toString()}`;
}
