/** Validity periods on ISO dates (strings compare in date order). */
import type { Period } from '../types.ts';

/** True when the period includes the day `date` (YYYY-MM-DD). */
export function validOn(period: Period, date: string): boolean {
  return period.from <= date && (period.to === null || date <= period.to);
}

/** True when two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
}

/** The day after an ISO date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day before an ISO date. */
export function previousDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The reference day of an assessment year: units are resolved as they stood on 31 December. */
export const referenceDate = (year: number): string => `${year}-12-31`;

/** True when the period includes any day of `year`. */
export function validInYear(period: Period, year: number): boolean {
  return overlaps(period, { from: `${year}-01-01`, to: `${year}-12-31` });
}
