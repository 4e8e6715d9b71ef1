// Pure codec of saved node positions ({id: [x, y]}): parse never throws and drops
// anything that is not a pair of finite numbers.

export type PositionMap = Record<string, { x: number; y: number }>;

export function encodePositions(map: PositionMap): string {
  const out: Record<string, [number, number]> = {};
  for (const [id, p] of Object.entries(map)) out[id] = [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
  return JSON.stringify(out);
}

export function decodePositions(raw: string | null): PositionMap {
  const out: PositionMap = Object.create(null) as PositionMap;
  if (!raw) return out;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return out;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return out;
  for (const [id, v] of Object.entries(data as Record<string, unknown>)) {
    if (Array.isArray(v) && v.length === 2 && Number.isFinite(v[0]) && Number.isFinite(v[1])) {
      out[id] = { x: v[0] as number, y: v[1] as number };
    }
  }
  return out;
}
