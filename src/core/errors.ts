/**
 * Exceptions are for bugs and for I/O that failed; those that reach a user carry a code and
 * an Indonesian sentence. Bad data is never an exception: it is a finding.
 */
export type ErrorCode =
  | 'file/not-found'
  | 'file/read-failed'
  | 'file/not-xlsx'
  | 'file/damaged'
  | 'file/encrypted'
  | 'file/xls'
  | 'file/csv'
  | 'file/empty'
  | 'file/too-large'
  | 'file/exists'
  | 'file/write-failed'
  | 'usage'
  | 'office/api'
  | 'office/unsupported'
  | 'internal';

export class LakipError extends Error {
  readonly code: ErrorCode;
  /** The Indonesian sentence shown to the user: what is wrong, where, and what to do. */
  readonly userMessage: string;

  constructor(code: ErrorCode, userMessage: string, options?: { cause?: unknown }) {
    super(userMessage, options);
    this.name = 'LakipError';
    this.code = code;
    this.userMessage = userMessage;
  }
}

export function isLakipError(e: unknown): e is LakipError {
  return e instanceof LakipError;
}
