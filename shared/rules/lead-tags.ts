/** How tags compare: "VIP" and "vip " are one tag (the first spelling is kept). */
const tagKey = (tag: string) => tag.trim().toLocaleLowerCase();

/**
 * A lead's tags after a bulk edit: `add` appended when not already there, `remove` taken out, whatever the
 * case they were typed in. Undefined when nothing is left, so the record carries no empty list.
 */
export function retag(
  tags: readonly string[] | undefined,
  add: readonly string[],
  remove: readonly string[],
): string[] | undefined {
  const gone = new Set(remove.map(tagKey));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of [...(tags ?? []), ...add]) {
    const k = tagKey(t);
    if (!k || gone.has(k) || seen.has(k)) continue;
    seen.add(k);
    out.push(t.trim());
  }
  return out.length ? out : undefined;
}

/** Every tag used by these leads, sorted, one spelling each: the choices of the tag filter and "remove tag". */
export function tagsInUse(
  leads: Iterable<{ tags?: readonly string[] }>,
  compare: (a: string, b: string) => number,
): string[] {
  const byKey = new Map<string, string>();
  for (const l of leads) for (const t of l.tags ?? []) if (!byKey.has(tagKey(t))) byKey.set(tagKey(t), t);
  return [...byKey.values()].sort(compare);
}

/** Whether a lead carries a tag, whatever its case. */
export const hasTag = (tags: readonly string[] | undefined, tag: string): boolean =>
  (tags ?? []).some((t) => tagKey(t) === tagKey(tag));
