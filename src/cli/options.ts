import { RasidError } from '../errors.ts';

/** Validate a YYYY-MM-DD option value. */
export function parseDateOption(v: string, name: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(`${v}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new RasidError('E_USAGE', `${name} must be a date as YYYY-MM-DD, not "${v}"`, { hint: `for example ${name} 2014-12-04` });
  }
  return v;
}
