/** Output helpers for commands: results to stdout, diagnostics to stderr, and exit codes. */
import { RasidError } from '../errors.ts';

/** Exit codes (docs/cli.md). */
export const EXIT = {
  OK: 0,
  /** Some inputs failed; the others were processed. */
  PARTIAL: 1,
  /** Bad usage: unknown option, missing argument. */
  USAGE: 2,
  /** Nothing could be processed (every input failed, or a resource is missing). */
  FAILED: 3,
  /** A bug. */
  INTERNAL: 70,
} as const;

export function diag(msg: string): void {
  process.stderr.write(`rasid: ${msg}\n`);
}

export function reportError(e: unknown): void {
  if (e instanceof RasidError) diag(`error ${e.format()}`);
  else diag(`internal error: ${(e as Error)?.stack ?? String(e)}`);
}

/** Write to stdout, waiting when the pipe is full (large outputs). */
export function out(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}
