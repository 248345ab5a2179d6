import { z } from 'zod';

/**
 * Text PostgreSQL cannot store in `jsonb` (and no person types): NUL, or half of a UTF-16 surrogate pair.
 * One such character used to fail the whole push transaction; now the row is refused with the field named.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const BAD_TEXT_MESSAGE = 'must not contain NUL or unpaired surrogate characters';

export function isCleanText(s: string): boolean {
  return !s.includes('\u0000') && !LONE_SURROGATE.test(s);
}

/** Every string of every synced document and request is one of these: `text().max(120)` etc. */
export const text = () => z.string().refine(isCleanText, BAD_TEXT_MESSAGE);

/** The path of the first bad string (value or key) anywhere inside `value`, or null when all text is clean. */
export function findBadText(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isCleanText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadText(value[i], [...path, i]);
      if (bad) return bad;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isCleanText(k)) return [...path, k];
      const bad = findBadText(v, [...path, k]);
      if (bad) return bad;
    }
  }
  return null;
}

/** A free-form JSON object (event payloads, preferences): its nested text is checked like any field. */
export const jsonRecordSchema = z.record(text(), z.unknown()).superRefine((value, ctx) => {
  const bad = findBadText(value);
  if (bad) ctx.addIssue({ code: 'custom', message: BAD_TEXT_MESSAGE, path: bad });
});
