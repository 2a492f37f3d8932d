/**
 * Shapes of the YAML files (site, frameworks, datasets) as zod schemas, and the translation of zod's
 * findings into located, bilingual issues.
 */
import { z } from 'zod';
import { parse as parseYamlText, YAMLParseError } from 'yaml';
import { decodeBytes } from '../read/decode.ts';
import type { IssueList } from './issues.ts';
import { checkHtml } from './cells.ts';

const localised = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const year = z.number().int().min(1990).max(2100);

export const siteSchema = z.object({
  title: localised,
  publisher: localised,
  description: localised,
  contact: z.object({ name: localised, email: z.string().email() }),
  licence: z.object({ id: z.string().min(1), name: z.string().min(1), url: z.string().url() }),
  base_url: z.string().url(),
  base_path: z.string().regex(/^\/([^/]+\/)*$/).default('/'),
  province_scope: z.array(z.coerce.string()).min(1),
  illustrative: z.boolean().default(false),
  map: z.object({
    center: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]),
    zoom: z.number().int().min(1).max(18),
    tiles: z.object({ url: z.string().min(1), attribution: z.string().min(1) }).nullable(),
  }),
}).superRefine((site, ctx) => {
  // Absolute links (canonical, feeds, citations) are base_url + the page path, which already includes
  // base_path: so base_url must be the host only, or end with exactly base_path.
  const path = new URL(site.base_url).pathname.replace(/\/?$/, '/');
  if (path !== '/' && path !== site.base_path) {
    ctx.addIssue({ code: 'custom', path: ['base_url'], message: `its path ${path} must equal base_path (${site.base_path}), or base_url must have no path` });
  }
});

const idPattern = /^[a-z0-9][a-z0-9_-]*$/;

export const frameworkSchema = z
  .object({
    id: z.string().regex(idPattern),
    kind: z.enum(['points', 'targets']),
    name: localised,
    short: localised,
    legal_basis: localised.extend({ url: z.string().url().optional() }),
    years: z.object({ from: year, to: year.nullable().default(null) }),
    ranking: z.boolean(),
    illustrative: localised.nullable().default(null),
    groups: z.array(z.object({ id: z.string().regex(idPattern), name: localised })).default([]),
    criteria: z
      .array(
        z.object({
          id: z.string().regex(idPattern),
          group: z.string().nullable().default(null),
          name: localised,
          description: localised,
          max: z.number().positive(),
          step: z.number().positive().optional(),
        }),
      )
      .min(1),
    classes: z
      .array(
        z.object({
          id: z.string().regex(idPattern),
          name: localised,
          min_total: z.number().min(0).optional(),
          min_level: z.number().int().min(0).optional(),
        }),
      )
      .min(1),
  })
  .superRefine((f, ctx) => {
    const key = f.kind === 'points' ? 'min_total' : 'min_level';
    f.classes.forEach((c, i) => {
      if (c[key] === undefined) ctx.addIssue({ code: 'custom', path: ['classes', i, key], message: 'required' });
    });
    const ids = new Set<string>();
    f.criteria.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: 'duplicate' });
      ids.add(c.id);
      if (c.group !== null && !f.groups.some((g) => g.id === c.group)) {
        ctx.addIssue({ code: 'custom', path: ['criteria', i, 'group'], message: 'unknown group' });
      }
    });
  });

export const datasetSchema = z.object({
  title: localised,
  description: localised,
  source: localised,
  unit_label: localised.default({ vi: 'xã', en: 'commune' }),
  frameworks: z
    .array(z.object({ framework: z.string().min(1), from: year, to: year.nullable().default(null) }))
    .min(1),
});

const TYPE_VI: Record<string, string> = {
  invalid_type: 'sai kiểu dữ liệu',
  too_small: 'quá nhỏ hoặc bị bỏ trống',
  too_big: 'quá lớn',
  invalid_format: 'sai định dạng',
  invalid_value: 'giá trị không được phép',
  unrecognized_keys: 'có trường không được biết',
  custom: 'không hợp lệ',
};

/**
 * Parse a YAML file and check it against a schema; every problem becomes an issue on `file` with the
 * field path. Returns null when the file is missing or invalid.
 */
export function readYaml<T extends z.ZodType>(
  file: string,
  bytes: Uint8Array | null,
  schema: T,
  issues: IssueList,
): z.output<T> | null {
  if (!bytes) {
    issues.add('file-missing', { file }, { what: file });
    return null;
  }
  let raw: unknown;
  try {
    raw = parseYamlText(decodeBytes(bytes).text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? null) : null;
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    issues.add('yaml-syntax', { file, row: line }, { message });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) {
    checkStrings(parsed.data, '', file, issues);
    return parsed.data;
  }
  for (const problem of parsed.error.issues) {
    const field = problem.path.join('.') || '(root)';
    const vi = `${TYPE_VI[problem.code] ?? 'không hợp lệ'} (${problem.message})`;
    issues.add('field-invalid', { file, column: field }, { field, vi, en: problem.message });
  }
  return null;
}

/** Check every text in a parsed YAML value for HTML, located by its field path ("title.vi"). */
function checkStrings(value: unknown, path: string, file: string, issues: IssueList): void {
  if (typeof value === 'string') checkHtml(value, { file, column: path || null }, issues);
  else if (Array.isArray(value)) value.forEach((v, i) => checkStrings(v, path ? `${path}.${i}` : String(i), file, issues));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkStrings(v, path ? `${path}.${k}` : k, file, issues);
  }
}
