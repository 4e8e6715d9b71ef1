// Every environment variable kgx reads, parsed and validated in one place.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** An optional variable where an empty value (compose's `${X:-}`) means unset. */
const optional = <T extends z.ZodType>(t: T) => z.preprocess((v) => (v === "" ? undefined : v), t.optional());
const token = z.string().min(12, "at least 12 characters");

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  KGX_DATA: z.string().default("./data/kgx.grafeo"),
  KGX_STORE: z.enum(["grafeo", "neo4j"]).default("grafeo"),
  KGX_MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(5_000_000),
  KGX_EXTRACT_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  KGX_EXTRACT_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  KGX_EXPORT_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  KGX_RATE_EXPORTS_PER_MIN: z.coerce.number().int().positive().default(30),
  KGX_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  KGX_QUERY_MAX_ROWS: z.coerce.number().int().positive().default(5_000),
  KGX_QUERY_MAX_BYTES: z.coerce.number().int().positive().default(20_000_000),
  /** The explorer's expansions answer from memory on Grafeo stores up to this many claims (0: off). */
  KGX_READ_CACHE_CLAIMS: z.coerce.number().int().min(0).default(1_000_000),
  /** ... and answer GET /api/entities/:id from memory too up to this many claims (0: off). */
  KGX_READ_CACHE_DETAIL_CLAIMS: z.coerce.number().int().min(0).default(200_000),
  /** Analyst queries may run on a snapshot this old (ms) when writes completed since; 0: every acknowledged write is seen. */
  KGX_QUERY_SNAPSHOT_MS: z.coerce.number().int().min(0).default(0),
  KGX_DB_MAX_RSS_MB: z.coerce.number().int().min(0).default(2_048),
  KGX_SHUTDOWN_MS: z.coerce.number().int().positive().default(5_000),
  KGX_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  KGX_RATE_CYPHER_PER_MIN: z.coerce.number().int().positive().default(300),
  KGX_RATE_ARTICLES_PER_MIN: z.coerce.number().int().positive().default(120),
  KGX_AUTHOR: z.string().trim().min(1).max(200).default("analyst"),
  KGX_FETCH_ALLOW_PRIVATE: z.enum(["0", "1", ""]).default("0"),
  KGX_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  KGX_FETCH_MAX_BYTES: z.coerce.number().int().positive().default(10_000_000),
  /** Editor token (ingest, corrections and reading); required to listen outside loopback. */
  KGX_AUTH_TOKEN: optional(token),
  /** A file holding the editor token (first line), instead of KGX_AUTH_TOKEN. */
  KGX_AUTH_TOKEN_FILE: optional(z.string()),
  /** Reader token: browsing, Cypher and exports, no writes. */
  KGX_READER_TOKEN: optional(token),
  /** Comma-separated Host names the server answers to (default: loopback names, plus HOST). */
  KGX_ALLOWED_HOSTS: optional(z.string()),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().default("neo4j"),
  NEO4J_DATABASE: z.string().default("neo4j"),
  KGX_NEO4J_BATCH: z.coerce.number().int().positive().default(1000),
  /** A Neo4j call without an answer this long probes the server; unreachable: 503 within 1.5–2 times this. */
  KGX_NEO4J_TIMEOUT_MS: z.coerce.number().int().min(500).default(6_000),
  /**
   * `kgx import`: claims per write transaction, whole articles (each batch is all or nothing); by default 50,000 on
   * Grafeo and 10,000 on Neo4j, whose transaction state counts against its heap (db.memory.transaction.total.max).
   */
  KGX_IMPORT_BATCH_CLAIMS: z.coerce.number().int().positive().optional(),
});

export type Config = z.infer<typeof schema> & { dataPath: string; importBatchClaims: number };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/** True when HOST only listens on this machine. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // The log level is the process's: an explicit environment (tests, the bench) without one keeps it.
  const parsed = schema.safeParse({ KGX_LOG_LEVEL: process.env.KGX_LOG_LEVEL, ...env });
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`config: invalid environment: ${msg}`);
  }
  const data = parsed.data;
  if (data.KGX_AUTH_TOKEN_FILE && !data.KGX_AUTH_TOKEN) {
    const token = fs.readFileSync(data.KGX_AUTH_TOKEN_FILE, "utf8").split(/\r?\n/)[0]?.trim() ?? "";
    if (token.length < 12) throw new Error("config: KGX_AUTH_TOKEN_FILE: the token needs at least 12 characters");
    data.KGX_AUTH_TOKEN = token;
  }
  if (data.KGX_READER_TOKEN && !data.KGX_AUTH_TOKEN) {
    throw new Error("config: KGX_READER_TOKEN needs KGX_AUTH_TOKEN too (someone must be able to write)");
  }
  const importBatchClaims = data.KGX_IMPORT_BATCH_CLAIMS ?? (data.KGX_STORE === "neo4j" ? 10_000 : 50_000);
  return { ...data, dataPath: path.resolve(data.KGX_DATA), importBatchClaims };
}
