import { z } from 'zod';

/** Query values are text on the wire: these codecs decode them for the server and encode them for the client. */

/**
 * A JSON value in one query parameter; text that is not JSON is refused naming the parameter. An empty
 * parameter (`?checkpoint=`) stands for `empty` when one is given.
 */
export const jsonQuery = <S extends z.ZodType>(inner: S, options: { empty?: z.input<S> } = {}) =>
  z.codec(z.string(), inner, {
    decode: (s, ctx) => {
      if (s === '' && 'empty' in options) return options.empty as z.input<S>;
      try {
        return JSON.parse(s) as z.input<S>;
      } catch {
        ctx.issues.push({ code: 'custom', message: 'must be JSON', input: s });
        return z.NEVER;
      }
    },
    encode: (value) => JSON.stringify(value),
  });

/**
 * A whole number clamped into [min, max]; text that is no number at all gives `fallback`. Lenient on purpose:
 * a page size is a hint, and older clients sent fractions.
 */
export const clampedIntQuery = (min: number, max: number, fallback: number) =>
  z.codec(z.string(), z.number().int(), {
    decode: (s) => Math.min(Math.max(Math.floor(Number(s)) || fallback, min), max),
    encode: (n) => String(n),
  });
