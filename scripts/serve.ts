/**
 * npm run preview: serve the built site (OUT_DIR or dist/) at http://127.0.0.1:4321/ under the base path
 * of site.yaml, as it will be published. PORT chooses another port; a port already in use is reported in
 * one line (both languages), not as a stack trace.
 */
import { existsSync } from 'node:fs';
import { serveSite } from './lib/serve-site.ts';
import { siteBase } from './quality/site.ts';

const dir = process.env.OUT_DIR ?? 'dist';
if (!existsSync(dir)) {
  process.stderr.write(`Chưa có ${dir}/ — hãy chạy npm run build trước. / No ${dir}/ yet — run npm run build first.\n`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(
    `PORT=${process.env.PORT} không phải số cổng hợp lệ (0–65535). / PORT is not a valid port number.\n`,
  );
  process.exit(1);
}
try {
  const server = await serveSite(dir, { port, basePath: siteBase().path });
  process.stdout.write(`Trang đang chạy tại / site served at ${server.url}/ (Ctrl+C để dừng / to stop)\n`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    const why =
      code === 'EADDRINUSE' ? ['đang được dùng', 'is already in use'] : ['không được phép dùng', 'is not allowed'];
    process.stderr.write(
      `Cổng ${port} ${why[0]}: hãy chọn cổng khác, ví dụ PORT=${port + 1} npm run preview. / ` +
        `Port ${port} ${why[1]}: choose another, e.g. PORT=${port + 1} npm run preview.\n`,
    );
    process.exit(1);
  }
  throw error;
}
