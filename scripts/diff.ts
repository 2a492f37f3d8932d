/**
 * npm run diff -- <git-ref>
 * Compare the results of the data folder at a git ref (e.g. the pull request's base, origin/main) with
 * the working copy, and print Markdown: per dataset-year, communes added or removed and communes whose
 * total or class changed. CI appends it to the job summary so reviewers see what a data change does.
 * Exit 0 when the working copy is valid, 1 when it has data errors, 2 when the ref cannot be read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadData } from '../src/lib/data/load.ts';
import { dataDir } from '../src/lib/data/read/fs.ts';
import { diffMarkdown, diffModels } from '../src/lib/data/diff.ts';

const ref = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!ref) {
  process.stderr.write('Cách dùng / usage: npm run diff -- <git-ref>   (ví dụ / e.g. origin/main)\n');
  process.exit(2);
}

const git = (args: string[], input?: Buffer) =>
  execFileSync('git', args, { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });

const root = git(['rev-parse', '--show-toplevel']).toString().trim();
const data = resolve(dataDir());
// A data folder outside the repository (DATA_DIR=/tmp/…) is compared with the ref's own data/ folder.
const inside = relative(root, data).split('\\').join('/');
const rel = inside.startsWith('..') ? 'data' : inside;
const tmp = mkdtempSync(join(tmpdir(), 'cdht-diff-'));

try {
  try {
    git(['rev-parse', '--verify', `${ref}^{commit}`]);
  } catch {
    process.stderr.write(`Không đọc được "${ref}" trong git / cannot resolve git ref "${ref}"\n`);
    process.exit(2);
  }
  let beforeNote = '';
  let beforeDir: string | null = null;
  try {
    const tar = git(['archive', '--format=tar', ref, '--', rel]);
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    beforeDir = join(tmp, rel);
  } catch {
    beforeNote = `Không có thư mục ${rel}/ ở ${ref}: mọi kết quả là mới. · No ${rel}/ folder at ${ref}: every result is new.`;
  }
  const before = beforeDir && existsSync(beforeDir) ? loadData(beforeDir) : null;
  if (before && !before.model) {
    beforeNote = `Dữ liệu ở ${ref} có ${before.validation.errorCount} lỗi nên được coi là trống. · The data at ${ref} has ${before.validation.errorCount} error(s), so it counts as empty.`;
  }
  const after = loadData(data);
  if (!after.model) {
    process.stdout.write(
      `## Thay đổi dữ liệu · Data changes\n\n✘ Dữ liệu hiện tại có ${after.validation.errorCount} lỗi; xem báo cáo kiểm tra. · The current data has ${after.validation.errorCount} error(s); see the validation report.\n`,
    );
    process.exitCode = 1;
  } else {
    const diff = diffModels(before?.model ?? null, after.model);
    process.stdout.write(diffMarkdown(diff, `${ref} → ${rel}/`, beforeNote));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
