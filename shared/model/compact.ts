/** Strips undefined so that documents compare and serialise the same on every device (and an insert carries no empty optionals). */
export function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
