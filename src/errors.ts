/**
 * Typed errors. Every error Rasid raises carries a stable `code` (documented in docs/errors.md),
 * names the input it concerns, and says what to do about it.
 */
export type ErrorCode =
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_JSON'
  | 'E_INPUT_HTML'
  | 'E_INPUT_FORMAT'
  | 'E_USAGE'
  | 'E_PIPELINE_REQUIREMENT'
  | 'E_PIPELINE_STAGE'
  | 'E_RESOURCE_MISSING'
  | 'E_RESOURCE_INVALID'
  | 'E_MODEL_INVALID'
  | 'E_STORE'
  | 'E_NETWORK'
  | 'E_INTERNAL';

export class RasidError extends Error {
  readonly code: ErrorCode;
  /** The file, record, URL or resource the error concerns, when there is one. */
  readonly input?: string;
  /** What the user can do about it. */
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, opts: { input?: string; hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = 'RasidError';
    this.code = code;
    this.input = opts.input;
    this.hint = opts.hint;
  }

  /** One line for a terminal: "rasid: E_CODE: input: message (hint)". */
  format(): string {
    const where = this.input ? `${this.input}: ` : '';
    const hint = this.hint ? ` — ${this.hint}` : '';
    return `${this.code}: ${where}${this.message}${hint}`;
  }
}

export function isRasidError(e: unknown): e is RasidError {
  return e instanceof RasidError;
}
