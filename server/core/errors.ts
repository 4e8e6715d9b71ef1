// Typed errors shared by services and adapters; the HTTP error middleware maps each
// class to a status. Messages are prefixed by module ("store: …").

export class KgxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: the input is malformed (empty article, bad JSON, bad parameter). */
export class InvalidInput extends KgxError {}

/** 413: the input is larger than the configured limit. */
export class TooLarge extends KgxError {}

/** 413: the store refused a write transaction for its size (Neo4j's transaction memory limits); nothing was written. */
export class TransactionTooLarge extends TooLarge {}

/** 422: the article could not be processed within the extraction time limit. */
export class ExtractionTimeout extends KgxError {}

/** 409: the input conflicts with what is stored (an article id held by a different text). */
export class Conflict extends KgxError {}

/** 404: no such article or entity. */
export class NotFound extends KgxError {}

/** 400: a user query that would write, or that the engine rejects. */
export class QueryRefused extends KgxError {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** 408/504: a user query ran past its time limit. */
export class QueryTimeout extends KgxError {}

/** 503: the store cannot be reached or is locked by another process. */
export class StoreUnavailable extends KgxError {}

/** 400: merging entities of different labels needs the label to keep (`LabelConflict` in the answer). */
export class LabelConflict extends InvalidInput {}
/** 400: a URL the fetcher will not load (scheme, private address, redirect to one). */
export class FetchRefused extends InvalidInput {}

/** 400: a page could not be fetched (DNS, connection, HTTP status, timeout, not HTML/text). */
export class FetchFailed extends InvalidInput {}

/** 413: a page larger than the fetch size cap. */
export class FetchTooLarge extends TooLarge {}
