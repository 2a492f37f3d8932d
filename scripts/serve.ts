/** npm run preview: serve the built site (dist/) at http://127.0.0.1:4321 (PORT to change). */
import { existsSync } from 'node:fs';
import { startServer } from './lib/static-server.ts';

const dir = process.env.OUT_DIR ?? 'dist';
if (!existsSync(dir)) {
  process.stderr.write(`Chưa có ${dir}/ — hãy chạy npm run build trước. / No ${dir}/ yet — run npm run build first.\n`);
  process.exit(1);
}
const server = await startServer(dir, Number(process.env.PORT ?? 4321));
process.stdout.write(`Trang đang chạy tại / site served at ${server.url}/ (Ctrl+C để dừng / to stop)\n`);
