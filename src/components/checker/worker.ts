/**
 * The checker's Web Worker: validation runs here, off the page's thread, so a large or hostile file
 * never freezes the tab. It receives the embedded reference data once, then one file at a time, and
 * answers with the issues and a bounded preview (lib/data/validate/check-file.ts). Nothing leaves the
 * browser.
 */
import { checkFile, registerOf, type CheckRequest, type CheckerContext } from '../../lib/data/validate/check-file.ts';
import type { Register } from '../../lib/data/model/register.ts';

export type WorkerIn =
  { type: 'context'; context: CheckerContext } | { type: 'check'; id: number; request: CheckRequest };
export type WorkerOut =
  | { type: 'result'; id: number; result: ReturnType<typeof checkFile>; ms: number }
  | { type: 'failed'; id: number; message: string };

let context: CheckerContext | null = null;
let register: Register | null = null;

self.onmessage = (event: MessageEvent<WorkerIn>) => {
  const message = event.data;
  if (message.type === 'context') {
    context = message.context;
    register = registerOf(context);
    return;
  }
  const started = performance.now();
  try {
    const result = checkFile(context!, message.request, register!);
    postMessage({ type: 'result', id: message.id, result, ms: performance.now() - started } satisfies WorkerOut);
  } catch (error) {
    postMessage({ type: 'failed', id: message.id, message: String(error) } satisfies WorkerOut);
  }
};
