/**
 * Stories cannot run code they were not meant to. A story is staff-written Markdown/MDX; MDX can hold
 * JavaScript (`import`/`export`, `{expressions}`, any JSX tag) that runs in Node during the build and in
 * the visitor's browser. So a story may use only:
 * - Markdown, with links to http(s), mailto and paths within the site;
 * - the project's own components (STORY_COMPONENTS) with their listed attributes, written as text or as a
 *   plain number / true / false (`year={2024}`), an image imported for <Figure src={…}>;
 * - `import name from './anh/x.png'` of an image beside the story, and `{/* comments *\/}`.
 * Anything else is a located error (file, line, the tag or statement) with the fix. Parsed with satteri,
 * the MDX parser Astro itself uses, so what is checked is what would be compiled.
 */
import { mdxToMdast } from 'satteri';
import type { DataSource } from '../read/source.ts';
import { LIMITS } from '../limits.ts';
import type { IssueList } from './issues.ts';
import { allowedUrl } from './links.ts';

/** The components a story may use, each with the attributes it takes (src/components/mdx/*.astro). */
export const STORY_COMPONENTS: Record<string, readonly string[]> = {
  Callout: ['type', 'title', 'lang'],
  CommuneResultChart: ['code', 'dataset', 'criterion', 'lang'],
  Figure: ['src', 'alt', 'caption', 'credit', 'width', 'lang'],
  KeyNumber: ['label', 'value', 'unit', 'note', 'commune', 'dataset', 'year', 'criterion', 'lang'],
};

const IMAGE_IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])(\.\/(?:[\w.-]+\/)*[\w.-]+\.(?:png|jpe?g|webp|gif|avif|svg))\2;?$/;
const COMMENT = /^\/\*(?:(?!\*\/)[\s\S])*\*\/$/;
const LITERAL = /^(-?\d+(\.\d+)?|true|false)$/;

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Check the source of one story file; every problem is an issue on `file` at its line. */
export function checkStorySource(file: string, text: string, issues: IssueList): void {
  let tree: Node;
  try {
    tree = mdxToMdast(text) as unknown as Node;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+)/.exec(message);
    issues.add('story-syntax', { file, row: at ? Number(at[1]) : null }, { message: message.replace(/^\d+:\d+:\s*/, '') });
    return;
  }
  const images = new Set<string>();
  const visit = (node: Node): void => {
    const row = node.position?.start.line ?? null;
    const where = { file, row };
    switch (node.type) {
      case 'mdxjsEsm':
        String(node.value)
          .split('\n')
          .forEach((raw, i) => {
            const line = raw.trim();
            if (line === '') return;
            const image = IMAGE_IMPORT.exec(line);
            if (image && !image[3]!.split('/').includes('..')) images.add(image[1]!);
            else issues.add('story-code', { file, row: row === null ? null : row + i }, { value: line });
          });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT.test(String(node.value).trim())) issues.add('story-code', where, { value: `{${String(node.value)}}` });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, where, images, issues);
        break;
      case 'html':
        issues.add('story-html', where, { value: String(node.value), allowed: Object.keys(STORY_COMPONENTS).join(', ') });
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && !allowedUrl(node.url)) issues.add('url-scheme', where, { value: node.url });
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

/** An element must be one of the project's components, with its own attributes as plain values. */
function checkElement(node: Node, where: { file: string; row: number | null }, images: Set<string>, issues: IssueList): void {
  const name = node.name ?? '';
  const allowed = STORY_COMPONENTS[name];
  if (!allowed) {
    issues.add('story-html', where, { value: `<${name || '>'}`, allowed: Object.keys(STORY_COMPONENTS).join(', ') });
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name)) {
      const shown = attribute.name ?? `{${String(attribute.value)}}`;
      issues.add('story-attribute', where, { component: name, value: shown, allowed: allowed.join(', ') });
      continue;
    }
    const value = attribute.value as { type?: string; value?: string } | string | null | undefined;
    if (value === null || value === undefined || typeof value === 'string') continue;
    const expression = String(value.value ?? '').trim();
    const image = name === 'Figure' && attribute.name === 'src' && images.has(expression);
    if (!LITERAL.test(expression) && !image) {
      issues.add('story-code', where, { value: `${attribute.name}={${expression}}` });
    }
  }
}

/**
 * Check every story file of a stories folder (STORIES_DIR) read through `source`: what is there besides
 * stories, links leading outside and files over the size limit are reported like data files.
 */
export function checkStoriesFolder(source: DataSource, prefix: string, issues: IssueList): void {
  const walk = (dir: string, depth: number): void => {
    for (const name of source.list(dir)) {
      const path = dir === '' ? name : `${dir}/${name}`;
      const entry = source.stat(path);
      const file = `${prefix}/${path}`;
      if (entry.kind === 'outside') issues.add('path-outside', { file }, { target: entry.target ?? '?' });
      else if (entry.kind === 'folder' && depth < LIMITS.walkDepth) walk(path, depth + 1);
      else if (entry.kind === 'file' && /\.mdx?$/i.test(name) && !name.startsWith('_')) {
        if (entry.size > LIMITS.textFileBytes) {
          issues.add('file-too-large', { file }, { size: entry.size, max: LIMITS.textFileBytes });
          continue;
        }
        checkStorySource(file, new TextDecoder().decode(source.read(path) ?? new Uint8Array()), issues);
      }
    }
  };
  walk('', 0);
}
