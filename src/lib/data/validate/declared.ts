/**
 * The declared total and result of a year-file row, checked against the framework. A row with every
 * criterion score gives a computed total and class, and what it declares must match them. A row with no
 * criterion score at all is a published result whose criteria were not published (real publications often
 * give only "92/100, Tốt"): it must declare both, the total must lie within the framework's range and the
 * result must be one the framework allows for that total.
 */
import type { Framework, ResultClass } from '../types.ts';
import { classify, computeTotal, findClass, roundScore } from '../model/frameworks.ts';
import { readNumber } from './cells.ts';
import type { IssueList, Location } from './issues.ts';
import { nfc } from '../text.ts';

export interface Declared {
  /** The total as declared in the file, or null. */
  declaredTotal: number | null;
  declaredResult: string;
  /** The total and class the row stands for: computed from the scores, or the declared ones. */
  total: number;
  classId: string;
  criteriaPublished: boolean;
}

/**
 * Classes a `targets` framework allows for a count of targets met: a class that asks every target for a
 * level ≥ 1 needs every target met; the classes asking for level 0 need nothing.
 */
function possibleClasses(framework: Framework, total: number): ResultClass[] {
  if (framework.kind === 'points') return [classify(framework, {}, total)];
  const all = total === framework.criteria.length;
  return framework.classes.filter((c) => ((c.min_level ?? 0) >= 1 ? all : true));
}

/**
 * Check the declared cells of a row whose scores were read (`scores` holds the valid ones; `complete`
 * when every criterion has one; `empty` when no criterion cell had any text). Returns null when the
 * row cannot stand (an issue was reported).
 */
export function readDeclared(
  framework: Framework,
  values: Record<string, string>,
  scores: Record<string, number>,
  state: { complete: boolean; empty: boolean },
  at: (column: string) => Location,
  issues: IssueList,
): Declared | null {
  const declaredTotal = readNumber(values.total ?? '', at('total'), issues);
  const declaredResult = nfc(values.result ?? '');
  const declared = declaredResult === '' ? undefined : findClass(framework, declaredResult);
  if (declaredResult !== '' && !declared) {
    const options = framework.classes.map((c) => c.name.vi).join(', ');
    issues.add('result-unknown', at('result'), { value: declaredResult, options });
  }
  if (state.complete) {
    const total = computeTotal(framework, scores);
    if (declaredTotal !== null && roundScore(declaredTotal) !== total) {
      issues.add('total-mismatch', at('total'), { declared: declaredTotal, computed: total });
    }
    const computed = classify(framework, scores, total);
    if (declared && computed.id !== declared.id) {
      issues.add('result-mismatch', at('result'), { declared: declaredResult, computed: computed.name.vi });
    }
    return { declaredTotal, declaredResult, total, classId: computed.id, criteriaPublished: true };
  }
  if (!state.empty) return null; // some scores missing: reported cell by cell already
  if (declaredTotal === null || declaredResult === '') {
    issues.add('declared-only-incomplete', at(declaredTotal === null ? 'total' : 'result'), {});
    return null;
  }
  if (!declared) return null;
  if (declaredTotal < 0 || declaredTotal > framework.totalMax) {
    issues.add('declared-total-range', at('total'), { value: declaredTotal, max: framework.totalMax });
    return null;
  }
  const possible = possibleClasses(framework, roundScore(declaredTotal));
  if (!possible.some((c) => c.id === declared.id)) {
    const allowed = possible.map((c) => c.name.vi).join(', ');
    issues.add('declared-result-band', at('result'), { declared: declaredResult, total: declaredTotal, allowed });
    return null;
  }
  return { declaredTotal, declaredResult, total: roundScore(declaredTotal), classId: declared.id, criteriaPublished: false };
}
