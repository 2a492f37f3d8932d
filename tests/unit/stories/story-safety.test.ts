/**
 * Stories cannot run code they were not meant to: each way a story could carry code (the adversarial
 * sweep's <img onerror>, <script>, javascript: links, import/export running Node during the build, and
 * MDX expressions) is a located, bilingual error naming the file, the line and the fix, while the
 * committed stories and the author components stay accepted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/lib/data/validate/issues.ts';
import { STORY_COMPONENTS, checkStorySource } from '../../../src/lib/data/validate/stories.ts';
import { ROOT, listIssues } from '../support/data.ts';

const FILE = 'src/content/stories/bai-thu.mdx';
const FRONT = '---\ntitle: "Bài thử"\n---\n\n';

function check(body: string) {
  const issues = new IssueList();
  checkStorySource(FILE, FRONT + body, issues);
  return issues.items;
}

/** The line of the body's first line in the file (after the frontmatter). */
const FIRST = FRONT.split('\n').length;

describe('story safety', () => {
  const hostile: [string, string, string][] = [
    ['<img src="x" onerror="alert(1)" />', 'story-html', '<img'],
    ['<script>alert(1)</script>', 'story-html', '<script'],
    ['[bấm](javascript:alert(1))', 'url-scheme', 'javascript:alert(1)'],
    ['[bấm](JaVaScRiPt:alert(1))', 'url-scheme', 'JaVaScRiPt:alert(1)'],
    ['[x]: vbscript:msgbox(1)\n\n[bấm][x]', 'url-scheme', 'vbscript:msgbox(1)'],
    ['![ảnh](data:image/svg+xml;base64,PHN2Zz4=)', 'url-scheme', 'data:image/svg+xml'],
    ["import { execSync } from 'node:child_process'", 'story-code', "import { execSync } from 'node:child_process'"],
    ['export const x = globalThis.process.env', 'story-code', 'export const x'],
    ["import anh from '../../../../etc/passwd.png'", 'story-code', 'passwd.png'],
    ['Xin chào {process.env.HOME}', 'story-code', '{process.env.HOME}'],
    ['<Callout title={fetch("https://x")}>a</Callout>', 'story-code', 'title={fetch('],
    ['<Callout {...props}>a</Callout>', 'story-attribute', 'props'],
    ['<Callout onclick="alert(1)">a</Callout>', 'story-attribute', 'onclick'],
    ['<Callout type="tip">\n<b>đậm</b>\n</Callout>', 'story-html', '<b'],
    ['<div>mở', 'story-syntax', 'div'],
  ];
  for (const [body, code, shown] of hostile) {
    it(`${code}: ${body.split('\n')[0]}`, () => {
      const issues = check(body);
      const found = issues.filter((i) => i.code === code);
      expect(found, listIssues(issues)).not.toHaveLength(0);
      const issue = found[0]!;
      expect(issue.file).toBe(FILE);
      expect(issue.row).toBeGreaterThanOrEqual(FIRST);
      expect(issue.severity).toBe('error');
      expect(issue.message_vi + issue.message_en).toContain(shown.slice(0, 12));
      expect(issue.fix?.vi).toBeTruthy();
      expect(issue.fix?.en).toBeTruthy();
    });
  }

  it('the line named is the line of the tag', () => {
    const issues = check('Đoạn một.\n\nĐoạn hai.\n\n<iframe src="https://x"></iframe>\n');
    expect(issues.map((i) => [i.code, i.row])).toEqual([['story-html', FIRST + 4]]);
  });

  it('Markdown, site links, the author components and image imports are accepted', () => {
    const body = [
      "import anh from './anh/hoi-nghi.svg'",
      '',
      '## Tiêu đề',
      '',
      '**Đậm**, *nghiêng*, [trang xã](/xa/20122/), [MOET](https://moet.gov.vn/), [thư](mailto:a@b.vn), [mục](#muc).',
      '',
      '{/* ghi chú của người viết */}',
      '',
      '<Callout type="tip" title="Bài học">Nội dung.</Callout>',
      '<CommuneResultChart code="20122" dataset="cong-dong-hoc-tap" criterion="tc08" />',
      '<KeyNumber commune="20137" year={2018} criterion="tc08" label="Điểm" />',
      '<KeyNumber value={15} label="tiêu chí" />',
      '<Figure src={anh} alt="Hội nghị" caption="Hội nghị" width={640} />',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('every committed story is accepted', () => {
    const dir = join(ROOT, 'src/content/stories');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const issues = new IssueList();
      checkStorySource(name, readFileSync(join(dir, name), 'utf8'), issues);
      expect(issues.items, `${name}\n${listIssues(issues.items)}`).toEqual([]);
    }
  });

  it('the allow-list is exactly the components the story page passes to MDX', () => {
    const page = readFileSync(join(ROOT, 'src/components/stories/StoryPage.astro'), 'utf8');
    const passed = /const mdxComponents = \{([^}]*)\}/
      .exec(page)![1]!
      .split(',')
      .map((s) => s.trim());
    expect(passed.sort()).toEqual(Object.keys(STORY_COMPONENTS).sort());
  });
});
