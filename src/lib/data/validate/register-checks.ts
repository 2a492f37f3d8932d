/**
 * Checks of the register as a whole, once boundaries and settings are read: an ended unit that names no
 * successor (its page cannot say what it became), a unit that can be drawn neither as an outline nor as a
 * point, and the province scope in site.yaml (an unknown code is an error; a code whose province ended is
 * a warning, since codes are reused and the scope must follow the periods, unless the scope also names
 * the provinces its units went on to).
 */
import type { SiteConfig } from '../types.ts';
import type { Register } from '../model/register.ts';
import type { BoundarySet } from '../geo/boundaries.ts';
import { nextDay, validOn } from '../model/periods.ts';
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
    if (last.to !== null && !followedInScope(register, code, last.to, site.province_scope)) {
      const next = register.provinces.filter((p) => p.from === nextDay(last.to!)).map((p) => `${p.code} ${p.name}`);
      issues.add('scope-ended', where, { code, name: last.name, date: nextDay(last.to), next: next.join(', ') || '—' });
    }
  });
}

/**
 * True when the scope already follows province `code` past its last day `to`: the units of its last day
 * (communes, and districts with the units they became) went on to units of provinces the scope names.
 */
function followedInScope(register: Register, code: string, to: string, scope: readonly string[]): boolean {
  const day = nextDay(to);
  const next = new Set<string>();
  for (const u of register.communes) {
    if (u.provinceCode !== code || !validOn(u, to)) continue;
    for (const k of u.successors) next.add(register.communeByKey(k)!.provinceCode);
  }
  for (const d of register.districts) {
    if (d.provinceCode !== code || !validOn(d, to)) continue;
    for (const c of d.successorCodes) {
      const p = register.commune(c, day)?.provinceCode ?? register.district(c, day)?.provinceCode;
      if (p) next.add(p);
    }
  }
  return next.size > 0 && [...next].every((p) => scope.includes(p));
}
