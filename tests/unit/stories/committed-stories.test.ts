/**
 * The stories in the repository: each names existing communes and criteria, has a real date, and the
 * set meets the brief (at least four illustrative stories, one on the 18/07/2019 Hương Thủy conference).
 * Also checks the author template stays valid, since staff copy it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadData } from '../../../src/lib/data/load.ts';
import { checkDateText, checkStoryRefs } from '../../../src/lib/site/story-rules.ts';

const dir = 'src/content/stories';
const model = loadData().model!;
const front = (file: string) => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))![1]!);
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));

describe('committed stories', () => {
  it.each(files)('%s refers only to data that exists', (file) => {
    const data = front(file);
    expect(checkDateText(readFileSync(join(dir, file), 'utf8'))).toBeNull();
    expect(checkStoryRefs(data, model)).toEqual([]);
    expect(file.endsWith('.en.mdx')).toBe(data.lang === 'en');
  });

  it('has at least four illustrative Vietnamese stories, one on the 18/07/2019 conference in Hương Thủy', () => {
    const vi = files.map(front).filter((d) => d.lang === 'vi' && d.illustrative === true);
    expect(vi.length).toBeGreaterThanOrEqual(4);
    const conference = vi.find((d) => new Date(d.date).toISOString().startsWith('2019-07-18'));
    expect(conference?.title).toMatch(/Hương Thủy/);
  });

  it('the author template is a valid story once copied', () => {
    const text = readFileSync(join(dir, '_mau-cau-chuyen.mdx.txt'), 'utf8');
    const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!);
    expect(checkDateText(text)).toBeNull();
    expect(checkStoryRefs(data, model)).toEqual([]);
  });
});
