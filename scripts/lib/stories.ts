/**
 * The stories folder (STORIES_DIR, default src/content/stories) checked before Astro compiles a line of
 * it: MDX can run code during the build, so the build gate and `npm run validate` refuse unsafe stories
 * first (src/lib/data/validate/stories.ts), read through the same contained folder source as the data.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { folderSource } from '../../src/lib/data/read/fs.ts';
import { IssueList } from '../../src/lib/data/validate/issues.ts';
import { checkStoriesFolder } from '../../src/lib/data/validate/stories.ts';
import type { DataIssue } from '../../src/lib/data/types.ts';

/** The stories folder of this run (the same rule as src/content.config.ts). */
export function storiesDir(): string {
  return process.env.STORIES_DIR ?? 'src/content/stories';
}

/** Every issue of the stories folder, files named relative to the project (as staff open them). */
export function storyIssues(dir: string = storiesDir()): DataIssue[] {
  const full = resolve(dir);
  if (!existsSync(full)) return [];
  const issues = new IssueList();
  checkStoriesFolder(folderSource(full), relative(process.cwd(), full) || '.', issues);
  return issues.items;
}
