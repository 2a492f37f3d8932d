/** Read every framework file (frameworks/*.yaml) into typed Frameworks. */
import type { Framework } from '../types.ts';
import type { DataSource } from '../read/source.ts';
import { stepOf } from '../model/frameworks.ts';
import type { IssueList } from './issues.ts';
import { frameworkSchema, readYaml } from './schemas.ts';

/** Read all frameworks; an invalid file is reported and left out. */
export function readFrameworks(source: DataSource, issues: IssueList): Map<string, Framework> {
  const frameworks = new Map<string, Framework>();
  for (const name of source.list('frameworks')) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = `frameworks/${name}`;
    const raw = readYaml(file, source.read(file), frameworkSchema, issues);
    if (!raw) continue;
    const expectedId = name.replace(/\.ya?ml$/, '');
    if (raw.id !== expectedId) {
      issues.add('field-invalid', { file, column: 'id' }, {
        field: 'id',
        vi: `phải trùng tên tệp ("${expectedId}")`,
        en: `must equal the file name ("${expectedId}")`,
      });
      continue;
    }
    const framework: Framework = {
      ...raw,
      criteria: [],
      totalMax: 0,
    };
    framework.criteria = raw.criteria.map((c) => ({ ...c, step: stepOf(framework, c.max, c.step) }));
    framework.totalMax =
      raw.kind === 'points' ? raw.criteria.reduce((s, c) => s + c.max, 0) : raw.criteria.length;
    frameworks.set(raw.id, framework);
  }
  return frameworks;
}
