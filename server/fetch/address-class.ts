// Classifies an IP address (v4, v6, IPv4-mapped v6) as public, loopback, private, link-local
// or otherwise reserved, from its text alone: nothing is ever sent to the address.

export type AddressClass =
  | "public"
  | "loopback"
  | "private"
  | "link-local"
  | "unique-local"
  | "unspecified"
  | "multicast"
  | "reserved"
  | "invalid";

function parseV4(s: string): number[] | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 allowed), or null. */
function parseV6(s: string): number[] | null {
  let text = s.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = parseV4(tail[1]!);
    if (!v4) return null;
    text = `${text.slice(0, -tail[1]!.length)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const group = (h: string) => (h === "" ? [] : h.split(":"));
  const head = group(halves[0]!);
  const rest = halves.length === 2 ? group(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  const out: number[] = [];
  for (const g of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
    out.push(parseInt(g, 16));
  }
  return out.length === 8 ? out : null;
}

function classifyV4([a, b, c]: number[]): AddressClass {
  if (a === 127) return "loopback";
  if (a === 0) return "unspecified";
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return "private";
  if (a === 169 && b === 254) return "link-local";
  if (a === 100 && b! >= 64 && b! <= 127) return "private"; // carrier-grade NAT 100.64/10
  if (a! >= 224 && a! <= 239) return "multicast";
  if (a! >= 240) return "reserved";
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return "reserved";
  if ((a === 198 && (b === 18 || b === 19)) || (a === 198 && b === 51 && c === 100)) return "reserved";
  if (a === 203 && b === 0 && c === 113) return "reserved";
  return "public";
}

function classifyV6(g: number[]): AddressClass {
  const zeroes = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroes(7) && g[7] === 1) return "loopback";
  if (zeroes(8)) return "unspecified";
  // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d take the IPv4 address's class.
  if (zeroes(5) && g[5] === 0xffff) return classifyV4([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  if (zeroes(6)) return classifyV4([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  // NAT64 64:ff9b::/96 also embeds an IPv4 address.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return classifyV4([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  }
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return "unique-local";
  if ((first & 0xffc0) === 0xfe80) return "link-local";
  if ((first & 0xffc0) === 0xfec0) return "private"; // deprecated site-local
  if ((first & 0xff00) === 0xff00) return "multicast";
  if (first === 0x2001 && g[1] === 0x0db8) return "reserved";
  return "public";
}

export function classifyAddress(address: string): AddressClass {
  const v4 = parseV4(address);
  if (v4) return classifyV4(v4);
  const v6 = parseV6(address);
  return v6 ? classifyV6(v6) : "invalid";
}

/** True when a fetch may connect to the address: public ones, or any valid one when private ones are allowed. */
export function addressAllowed(address: string, allowPrivate: boolean): boolean {
  const kind = classifyAddress(address);
  if (kind === "invalid") return false;
  return kind === "public" || allowPrivate;
}
