/**
 * Export helpers. PLOVER JSON form of a stored event: PLOVER's field names (event, mode, context,
 * source, target, date, text) with the CAMEO code, intensity and quad beside them, and Rasid's
 * factuality (asserted, denied, planned, hypothetical, requested) as `factuality` (PLOVER's own
 * `mode` is a sub-type of the event, which Rasid does not assign yet: null).
 */

/** One row of the events table (as exported) to a PLOVER-style record. */
export function eventToPlover(row: Record<string, unknown>): Record<string, unknown> {
  const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown> | null;
  const arg = (side: 'source' | 'target') => {
    const a = (data?.[side] ?? null) as { text?: string; actor?: { id?: string; code?: string; name?: { ar?: string; en?: string } } } | null;
    return { code: (row[`${side}_code`] as string | null) ?? null, actor: (row[`${side}_actor`] as string | null) ?? null, text: (row[`${side}_text`] as string | null) ?? a?.text ?? null, name: a?.actor?.name?.en ?? a?.actor?.name?.ar ?? null };
  };
  const s = arg('source');
  const t = arg('target');
  return {
    id: `${row.doc_id}-${row.eid}`,
    date: row.day ?? null,
    event: row.type,
    mode: null,
    context: Array.isArray(data?.context) ? data!.context : [],
    source: s.code,
    source_actor: s.actor,
    source_text: s.text,
    source_name: s.name,
    target: t.code,
    target_actor: t.actor,
    target_text: t.text,
    target_name: t.name,
    location: row.location ?? null,
    cameo: row.cameo ?? null,
    intensity: row.intensity ?? null,
    goldstein: row.goldstein ?? null,
    quad: row.quad ?? null,
    factuality: row.mode,
    text: row.evidence,
    story_id: row.doc_id,
  };
}
