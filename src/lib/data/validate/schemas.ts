/**
 * Shapes of the YAML files (site, frameworks, datasets) as zod schemas, and the translation of zod's
 * findings into located, bilingual issues.
 */
import { z } from 'zod';
import { parse as parseYamlText, YAMLParseError } from 'yaml';
import { decodeBytes } from '../read/decode.ts';
import type { IssueList } from './issues.ts';
import { checkProse } from './prose.ts';
import { httpUrl as isHttpUrl } from './links.ts';
import { CODE_PATTERN, ID_PATTERN, LIMITS } from '../limits.ts';

// No code generation: zod's JIT probes `new Function`, which the site's Content-Security-Policy refuses
// (and reports) on the in-browser checker page, which runs this same validation.
z.config({ jitless: true });

const localised = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** Keys of rule messages with a proper Vietnamese wording (zod's own messages are English only). */
const RULES: Record<string, { vi: string; en: string }> = {
  'http-url': {
    vi: 'phải là địa chỉ trang web bắt đầu bằng https:// (hoặc http://); data:, javascript:, vbscript: … không được phép',
    en: 'must be a web address starting with https:// (or http://); data:, javascript:, vbscript: … are not allowed',
  },
  'safe-id': {
    vi: `chỉ dùng chữ thường không dấu, chữ số, "-" và "_", bắt đầu bằng chữ hoặc số, tối đa ${LIMITS.idChars} ký tự`,
    en: `use only lower-case ASCII letters, digits, "-" and "_", starting with a letter or digit, at most ${LIMITS.idChars} characters`,
  },
  code: { vi: `mã chỉ gồm chữ số (tối đa ${LIMITS.codeDigits})`, en: `codes are digits only (at most ${LIMITS.codeDigits})` },
};

/** An absolute http(s) address: licence, legal basis, base URL, tiles. */
const httpUrl = z.string().refine(isHttpUrl, 'http-url');
const code = z.coerce.string().regex(new RegExp(CODE_PATTERN), 'code');
const year = z.number().int().min(1990).max(2100);

export const siteSchema = z.object({
  title: localised,
  publisher: localised,
  description: localised,
  contact: z.object({ name: localised, email: z.email() }),
  licence: z.object({ id: z.string().min(1), name: z.string().min(1), url: httpUrl }),
  base_url: httpUrl,
  base_path: z.string().regex(/^\/([^/]+\/)*$/).default('/'),
  province_scope: z.array(code).min(1),
  illustrative: z.boolean().default(false),
  // The accessibility statement's date of last review (a date from the data, so builds stay deterministic).
  accessibility: z.object({ reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).optional(),
  map: z.object({
    center: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]),
    zoom: z.number().int().min(1).max(18),
    tiles: z.object({ url: httpUrl, attribution: z.string().min(1) }).nullable(),
  }),
}).superRefine((site, ctx) => {
  // Absolute links (canonical, feeds, citations) are base_url + the page path, which already includes
  // base_path: so base_url must be the host only, or end with exactly base_path.
  let path: string;
  try {
    path = new URL(site.base_url).pathname.replace(/\/?$/, '/');
  } catch {
    ctx.addIssue({ code: 'custom', path: ['base_url'], message: 'http-url' });
    return;
  }
  if (path !== '/' && path !== site.base_path) {
    ctx.addIssue({ code: 'custom', path: ['base_url'], message: `its path ${path} must equal base_path (${site.base_path}), or base_url must have no path` });
  }
});

const idPattern = new RegExp(ID_PATTERN);
const id = z.string().regex(idPattern, 'safe-id');

export const frameworkSchema = z
  .object({
    id: id,
    kind: z.enum(['points', 'targets']),
    name: localised,
    short: localised,
    legal_basis: localised.extend({ url: httpUrl.optional() }),
    years: z.object({ from: year, to: year.nullable().default(null) }),
    ranking: z.boolean(),
    illustrative: localised.nullable().default(null),
    groups: z.array(z.object({ id: id, name: localised })).default([]),
    criteria: z
      .array(
        z.object({
          id: id,
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
          id: id,
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
  // The same decoding as CSV (BOM, UTF-16, Windows-1258), with the same notes; astro.config.mjs reads
  // site.yaml through this decoding too (load.ts siteAddress), so the site URL is what was validated.
  const { text, encoding } = decodeBytes(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') issues.add('encoding-utf16', { file }, { encoding });
  if (encoding === 'windows-1258') issues.add('encoding-legacy', { file }, {});
  let raw: unknown;
  try {
    raw = parseYamlText(text);
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
    const rule = RULES[problem.message];
    const vi = rule ? rule.vi : `${TYPE_VI[problem.code] ?? 'không hợp lệ'} (${problem.message})`;
    issues.add('field-invalid', { file, column: field }, { field, vi, en: rule ? rule.en : problem.message });
  }
  return null;
}

/** Check every text in a parsed YAML value like CSV text (hidden characters, garbling, HTML, length), located by its field path ("title.vi"). */
function checkStrings(value: unknown, path: string, file: string, issues: IssueList): void {
  if (typeof value === 'string') checkProse(value, { file, column: path || null }, issues);
  else if (Array.isArray(value)) value.forEach((v, i) => checkStrings(v, path ? `${path}.${i}` : String(i), file, issues));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkStrings(v, path ? `${path}.${k}` : k, file, issues);
  }
}
