/**
 * Building blocks for command argument schemas (valibot). Each command's argument shape is written
 * once, as a schema: its TypeScript type comes from `v.InferInput`, and the engine's boundary check
 * (core/validateArgs) runs the same schema, so the two cannot drift. Objects are strict: an
 * unknown key is an error, not silently ignored.
 */
import * as v from 'valibot';

/** A row id: a positive whole number. */
export const id = v.pipe(
  v.number('must be a positive whole number'),
  v.safeInteger('must be a positive whole number'),
  v.minValue(1, 'must be a positive whole number'),
);
/** An offset into a text: 0 or more. */
export const offset = v.pipe(
  v.number('must be a number'),
  v.safeInteger('must be a whole number'),
  v.minValue(0, 'must be 0 or more'),
);
export const idList = v.array(id, 'must be a list of ids');
/** Text of at most `max` characters. */
export const text = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));
/** A whole number from `min` to `max`. */
export const intRange = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.safeInteger('must be a whole number'),
    v.minValue(min, `must be ${min} or more`),
    // Not toLocaleString: its first call sets up ICU number formatting, 12 ms of every CLI start.
    v.maxValue(max, `must be ${String(max).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} or less`),
  );

/**
 * A calendar date, possibly partial: 2022, 2022-06 or 2022-06-27 — and a real one (no 2022-13-45).
 */
export const isoDate = v.pipe(
  v.string('must be a date like 2022, 2022-06 or 2022-06-27'),
  v.check(isRealPartialDate, 'must be a real date like 2022, 2022-06 or 2022-06-27'),
);

export function isRealPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** A command that takes no arguments: `{}` only. */
export const none = v.strictObject({});

/** The argument type of a schema, as callers write it (optional keys may be left out). */
export type Args<S extends v.GenericSchema> = v.InferInput<S>;
