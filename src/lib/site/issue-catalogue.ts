/**
 * Every issue code the validator can report, with its severity and its wording in both languages, read
 * from the message catalogue itself (src/lib/data/validate/messages.ts) so the data guide can never fall
 * out of step with the validator. Variable parts are shown as ‹name›.
 */
import type { Severity } from '../data/types.ts';
import { MESSAGES, sentence, type MessageText } from '../data/validate/messages.ts';

export interface CatalogueEntry {
  code: string;
  severity: Severity;
  vi: string;
  en: string;
}

/** Stand-in arguments: every field reads as ‹field›. */
const placeholders = new Proxy({}, { get: (_, key) => `‹${String(key)}›` });

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The catalogue, errors first, then warnings and notes, each in catalogue order. */
export function issueCatalogue(): CatalogueEntry[] {
  return Object.entries(MESSAGES)
    .map(([code, entry]) => {
      const text = (entry.text as (a: unknown) => { vi: MessageText; en: MessageText })(placeholders);
      return { code, severity: entry.severity, vi: sentence(text.vi, 'vi'), en: sentence(text.en, 'en') };
    })
    .map((e, i) => ({ e, i }))
    .sort((a, b) => ORDER[a.e.severity] - ORDER[b.e.severity] || a.i - b.i)
    .map(({ e }) => e);
}
