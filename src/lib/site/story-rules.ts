/**
 * Checks a story's references against the data: every commune code must be in the unit register and
 * every criterion must exist in its framework. Used by the content schema (src/content.config.ts) so a
 * story with a typo fails the build, and unit-tested on its own. Messages are bilingual and say how to fix.
 */
import { parseDate } from '../data/validate/cells.ts';
import type { SiteModel } from '../data/model/index.ts';
import { fold, foldUnitName } from '../data/text.ts';

/** A criterion reference as written in frontmatter, normalised. */
export interface CriterionRef {
  framework: string;
  id: string;
}

/** One problem in a story's frontmatter: the field path (e.g. ["communes", 1]) and a bilingual message. */
export interface StoryRefIssue {
  path: (string | number)[];
  message: string;
}

/** Parse "tt44-2014:tc08" or {framework, id} into a CriterionRef; null when the text has no colon. */
export function parseCriterion(value: string | CriterionRef): CriterionRef | null {
  if (typeof value !== 'string') return value;
  const at = value.indexOf(':');
  if (at <= 0 || at === value.length - 1) return null;
  return { framework: value.slice(0, at).trim(), id: value.slice(at + 1).trim() };
}

/** The commune codes whose name folds to `text` (an author typed a name instead of a code). */
function codesNamed(model: SiteModel, text: string): string[] {
  const key = foldUnitName(text);
  const hits = model.register.communes.filter((c) => foldUnitName(c.name) === key).map((c) => c.code);
  return [...new Set(hits)];
}

/** Check communes, criteria and year of a story's frontmatter against the model. Empty list = valid. */
export function checkStoryRefs(
  data: { communes: string[]; criteria: (string | CriterionRef)[]; year: number },
  model: SiteModel,
): StoryRefIssue[] {
  return [
    ...checkCommunes(data.communes, model),
    ...checkCriteria(data.criteria, model),
    ...checkYear(data.year, model),
  ];
}

/** Every commune code must name a unit in the register (in any period). */
export function checkCommunes(communes: string[], model: SiteModel): StoryRefIssue[] {
  const issues: StoryRefIssue[] = [];
  communes.forEach((code, i) => {
    if (model.register.communesWithCode(code).length > 0) return;
    const named = codesNamed(model, code);
    const hint = named.length > 0 ? ` Có phải mã ${named.join(' hoặc ')}? / Did you mean ${named.join(' or ')}?` : '';
    issues.push({
      path: ['communes', i],
      message:
        `Mã xã "${code}" không có trong sổ đơn vị (data/units/communes.csv). Sửa: ghi mã 5 chữ số của xã, ` +
        `giữ số 0 ở đầu, đặt trong dấu nháy, ví dụ "20122". / Unknown commune code "${code}": use a code ` +
        `listed in data/units/communes.csv, quoted, e.g. "20122".${hint}`,
    });
  });
  return issues;
}

/** Every criterion must be "framework:id" with a known framework and one of its criterion ids. */
export function checkCriteria(criteria: (string | CriterionRef)[], model: SiteModel): StoryRefIssue[] {
  const issues: StoryRefIssue[] = [];
  criteria.forEach((raw, i) => {
    const ref = parseCriterion(raw);
    const frameworks = [...model.frameworks.keys()].sort();
    if (!ref) {
      issues.push({
        path: ['criteria', i],
        message:
          `Tiêu chí "${String(raw)}" phải có dạng "bộ-tiêu-chí:mã-tiêu-chí", ví dụ "tt44-2014:tc08". / ` +
          `Criterion "${String(raw)}" must look like "framework:criterion", e.g. "tt44-2014:tc08".`,
      });
      return;
    }
    const framework = model.frameworks.get(ref.framework);
    if (!framework) {
      issues.push({
        path: ['criteria', i],
        message:
          `Không có bộ tiêu chí "${ref.framework}". Sửa: dùng một trong ${frameworks.join(', ')} ` +
          `(tên tệp trong data/frameworks/). / Unknown framework "${ref.framework}": use one of ${frameworks.join(', ')}.`,
      });
      return;
    }
    if (framework.criteria.some((c) => c.id === ref.id)) return;
    const byName = framework.criteria.find((c) => fold(c.name.vi) === fold(ref.id) || fold(c.name.en) === fold(ref.id));
    const ids = framework.criteria.map((c) => c.id);
    const list = ids.length > 6 ? `${ids.slice(0, 3).join(', ')} … ${ids.at(-1)}` : ids.join(', ');
    issues.push({
      path: ['criteria', i],
      message:
        `Bộ tiêu chí ${ref.framework} không có tiêu chí "${ref.id}". Sửa: dùng mã ${list} ` +
        `(data/frameworks/${ref.framework}.yaml).${byName ? ` Có phải "${ref.framework}:${byName.id}"?` : ''} / ` +
        `Framework ${ref.framework} has no criterion "${ref.id}": use one of ${list}.`,
    });
  });
  return issues;
}

/** The year should be near the data's years (a typo such as 2108 is caught). */
export function checkYear(year: number, model: SiteModel): StoryRefIssue[] {
  const issues: StoryRefIssue[] = [];
  const years = model.years();
  if (years.length > 0 && (year < years[0]! - 5 || year > years.at(-1)! + 5)) {
    issues.push({
      path: ['year'],
      message:
        `Năm ${year} nằm ngoài khoảng dữ liệu (${years[0]}–${years.at(-1)}). Sửa: ghi năm đánh giá mà ` +
        `câu chuyện nói tới. / Year ${year} is far outside the data (${years[0]}–${years.at(-1)}): ` +
        `give the assessment year the story is about.`,
    });
  }
  return issues;
}

/**
 * Check the `date:` line of a story's raw frontmatter. Needed because the YAML reader turns an impossible
 * date such as 2019-13-45 into a real one by rolling over (2020-02-14) before the schema sees it.
 * Returns a bilingual message, or null when the date is a real YYYY-MM-DD day (or absent: the schema
 * reports a missing field).
 */
export function checkDateText(source: string): string | null {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const line = /^date:[ \t]*(.*)$/m.exec(front);
  if (!line) return null;
  const text = line[1]!
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');
  // The data layer's one date rule; a story date must be written as ISO (parseDate also reads DD/MM/YYYY).
  if (parseDate(text) === text) return null;
  return (
    `"${text}" không phải một ngày hợp lệ. Sửa: ghi năm-tháng-ngày, ví dụ date: 2019-07-18. / ` +
    `"${text}" is not a valid date: write year-month-day, e.g. date: 2019-07-18.`
  );
}
