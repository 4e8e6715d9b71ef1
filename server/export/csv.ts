// RFC 4180 CSV, safe against formula injection: cells that a spreadsheet would run
// (starting with = + - @, tab or CR, but not plain numbers such as -54.79) get a leading quote.
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function csvCell(value: unknown): string {
  let s =
    value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (FORMULA.test(s) && !(typeof value === "number" || NUMBER.test(s))) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
