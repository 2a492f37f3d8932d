/**
 * Content collections. `stories`: good-practice stories written by staff as MDX files in
 * src/content/stories/ (author guide: /cau-chuyen/huong-dan-viet-bai/). The frontmatter is validated
 * against the data (commune codes, criterion ids) so a typo fails the build with the file, the field and
 * how to fix it, in Vietnamese and English. Files starting with "_" (the template) are not stories.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { getModel } from './lib/data/load.ts';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkCommunes, checkCriteria, checkDateText, checkYear, type StoryRefIssue } from './lib/site/story-rules.ts';
import { IssueList } from './lib/data/validate/issues.ts';
import { checkStorySource } from './lib/data/validate/stories.ts';

// Stories belong to the province whose data is published: another data folder (DATA_DIR) comes with
// its own stories folder (STORIES_DIR), or an empty one.
const BASE = process.env.STORIES_DIR ?? 'src/content/stories';

/** A required field with a bilingual message that says what to write. */
const need = (field: string, fix: string, fixEn: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `Thiếu trường "${field}". Sửa: thêm ${fix}. / Missing field "${field}": add ${fixEn}.`
      : `Trường "${field}" sai kiểu. Sửa: ghi ${fix}. / Field "${field}" has the wrong type: write ${fixEn}.`,
});

/** Turn data-check issues into schema issues on the field being checked (each field checks on its own). */
const report = (
  issues: StoryRefIssue[],
  ctx: { addIssue: (i: { code: 'custom'; path: PropertyKey[]; message: string }) => void },
) => {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path.slice(1), message: issue.message });
};

const criterion = z.union([
  z.string(
    need(
      'criteria',
      'chuỗi "bộ-tiêu-chí:mã", ví dụ "tt44-2014:tc08"',
      'a "framework:id" string, e.g. "tt44-2014:tc08"',
    ),
  ),
  z.object({ framework: z.string(), id: z.string() }),
]);

type ImageFn = Parameters<
  Extract<Parameters<typeof defineCollection>[0]['schema'], (...a: never[]) => unknown>
>[0]['image'];

/** The frontmatter schema; `image` comes from Astro so covers are local files optimised at build. */
const storySchema = ({ image }: { image: ImageFn }) =>
  z.object({
    title: z.string(need('title', 'tiêu đề, ví dụ title: "Xã Lộc Vĩnh …"', 'a title')).min(5),
    summary: z
      .string(need('summary', 'một hai câu tóm tắt', 'a one or two sentence summary'))
      .min(20)
      .max(400),
    date: z.coerce.date(
      need('date', 'ngày đăng dạng YYYY-MM-DD, ví dụ 2019-07-18', 'the publication date as YYYY-MM-DD'),
    ),
    lang: z.enum(['vi', 'en'], need('lang', 'vi hoặc en', 'vi or en')),
    communes: z
      .array(
        z.string(need('communes', 'mã xã trong dấu nháy, ví dụ "20122"', 'a quoted commune code, e.g. "20122"')),
        need(
          'communes',
          'danh sách mã xã, ví dụ ["20122"] (có thể để [])',
          'a list of commune codes, e.g. ["20122"] (may be [])',
        ),
      )
      .superRefine((codes, ctx) => report(checkCommunes(codes, getModel()), ctx)),
    criteria: z
      .array(
        criterion,
        need(
          'criteria',
          'danh sách tiêu chí, ví dụ ["tt44-2014:tc08"] (có thể để [])',
          'a list of criteria, e.g. ["tt44-2014:tc08"] (may be [])',
        ),
      )
      .superRefine((list, ctx) => report(checkCriteria(list, getModel()), ctx)),
    year: z
      .number(need('year', 'năm đánh giá, ví dụ 2018', 'the assessment year, e.g. 2018'))
      .int()
      .superRefine((year, ctx) => report(checkYear(year, getModel()), ctx)),
    tags: z.array(z.string()).default([]),
    author: z.string(need('author', 'tên người viết hoặc đơn vị', 'the author or office')).min(2),
    illustrative: z.boolean(
      need(
        'illustrative',
        'true nếu là câu chuyện minh họa, false nếu là sự kiện có thật',
        'true for an illustrative story, false for a real one',
      ),
    ),
    cover: z
      .object({
        src: image(),
        alt: z
          .string(need('cover.alt', 'mô tả ảnh cho người không nhìn thấy', 'alt text describing the image'))
          .min(1, 'Ảnh bìa cần mô tả (alt). / The cover needs alt text.'),
      })
      .optional(),
  });

/**
 * The glob loader, with schema failures re-thrown naming the file (Astro's own message names only the
 * entry id), so staff see exactly which file to open.
 */
function storyLoader(): Loader {
  const inner = glob({
    pattern: ['**/*.mdx', '!**/_*'],
    base: BASE.startsWith('/') ? BASE : `./${BASE}`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
  return {
    name: 'stories-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ? relative(process.cwd(), props.filePath) : `${BASE}/${props.id}.mdx`;
          const fail = (message: string) => new Error(`${file}: câu chuyện không hợp lệ / invalid story\n${message}`);
          const source = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
          const badDate = props.filePath ? checkDateText(source) : null;
          // Report every problem of the file at once: code or HTML in the body (also refused by the build
          // gate before Astro runs; here for `astro build` run directly), the date and the schema's issues.
          const safety = new IssueList();
          checkStorySource(file, source, safety);
          const problems = safety.items.map((i) => `  dòng ${i.row ?? '?'}: ${i.message_vi} / ${i.message_en}`);
          if (badDate) problems.push(`  date: ${badDate}`);
          try {
            const data = await context.parseData(props);
            if (problems.length === 0) return data;
          } catch (error) {
            problems.push((error as Error).message.replace(/\*\*/g, '').trim());
          }
          throw fail(problems.join('\n'));
        },
      }),
  };
}

const stories = defineCollection({ loader: storyLoader(), schema: storySchema });

export const collections = { stories };
