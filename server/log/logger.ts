// The server's log: pino, one JSON line per event on stdout, at the level of KGX_LOG_LEVEL (default
// info). The CLI's own output (progress, summaries) stays human and does not go through it.
import { pino, type DestinationStream, type LevelWithSilent, type Logger } from "pino";

export type { Logger };

/** A logger named `kgx` at `level`; `dest` (a stream) for tests, stdout otherwise. */
export function createLogger(level: LevelWithSilent = "info", dest?: DestinationStream): Logger {
  const options = { name: "kgx", level, timestamp: pino.stdTimeFunctions.isoTime };
  return dest ? pino(options, dest) : pino(options);
}
