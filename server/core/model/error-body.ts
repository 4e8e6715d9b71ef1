// The error body every HTTP error answers with, shared by the server's error middleware
// and the client's ApiError: a type, a message, and for a query the line and column.
export interface ErrorBody {
  error: {
    /** The typed error's name: InvalidInput, NotFound, QueryRefused, QueryTimeout… */
    type: string;
    message: string;
    /** 1-based position of a query error, when the engine gives it. */
    line?: number;
    column?: number;
  };
}
