/**
 * Checks of the register as a whole, once boundaries and settings are read: an ended unit that names no
 * successor (its page cannot say what it became), a unit that can be drawn neither as an outline nor as a
 * point, and the province scope in site.yaml (an unknown code is an error; a code whose province ended is
 * a warning, since codes are reused and the scope must follow the periods).
 */
import type { SiteConfig } from '../types.ts';
import type { Register } from '../model/register.ts';
import type { BoundarySet } from '../geo/boundaries.ts';
import { nextDay } from '../model/periods.ts';
import type { IssueList } from './issues.ts';
import { UNIT_FILES } from './units.ts';

/** Report what the register alone cannot show: see the module comment. */
export function checkRegister(register: Register, boundaries: BoundarySet, site: SiteConfig | null, issues: IssueList): void {
  register.communes.forEach((u) => {
    // readRegister keeps each record's Excel row number beside it.
    const row = (u as typeof u & { row?: number }).row ?? null;
    if (u.to !== null && u.successorCodes.length === 0) {
      issues.add('unit-ended-no-successor', { file: UNIT_FILES.communes, row, column: 'successors' }, { name: u.name, date: nextDay(u.to) });
    }
    if ((u.lat === null || u.lon === null) && boundaries.shapesOfUnit(u.key).length === 0) {
      issues.add('unit-no-location', { file: UNIT_FILES.communes, row, column: 'lat' }, { name: u.name });
    }
  });
  if (!site) return;
  site.province_scope.forEach((code, i) => {
    const records = register.provincesWithCode(code);
    const where = { file: 'site.yaml', column: `province_scope.${i}` };
    if (records.length === 0) {
      issues.add('scope-unknown', where, { code, known: [...new Set(register.provinces.map((p) => p.code))].join(', ') });
      return;
    }
    const last = records.at(-1)!;
    if (last.to !== null) {
      const next = register.provinces.filter((p) => p.from === nextDay(last.to!)).map((p) => `${p.code} ${p.name}`);
      issues.add('scope-ended', where, { code, name: last.name, date: nextDay(last.to), next: next.join(', ') || '—' });
    }
  });
}
