// What every CLI command runs against: the store opened in this process (backend.ts) or the HTTP
// API of the kgx server holding it (remote-client.ts). Its own file, so neither imports the other.
import type { ArticleInput, IngestResult, Stats, UserQueryResult } from "../core/model/types.ts";
import type { ExportFile, ExportRequest } from "../services/export.ts";

export interface CliBackend {
  /** "local", or the URL of the server the commands go through. */
  readonly via: string;
  stats(): Promise<Stats>;
  ingest(input: ArticleInput): Promise<IngestResult>;
  /** Several articles in one transaction (local store only; through a server, one request each). */
  ingestMany?(inputs: ArticleInput[]): Promise<Array<IngestResult | Error>>;
  ingestUrl(url: string, overrides?: { publisher?: string; published?: string }): Promise<IngestResult>;
  query(cypher: string, params: Record<string, unknown>): Promise<UserQueryResult>;
  exportFile(req: ExportRequest): Promise<ExportFile>;
  remove(id: string): Promise<void>;
  close(): Promise<void>;
}
