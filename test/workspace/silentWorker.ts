/**
 * A misbehaving analysis worker for analysisPool tests (not a test file): it answers every document with
 * "failed" (so the main thread would analyze it) except one containing SILENT_MARKER, on which it loops forever
 * without a word, as a step that cannot be interrupted would.
 */
import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../../server/src/workspace/analysisPool';

export const SILENT_MARKER = 'GO-SILENT-HERE';

const port = parentPort;
port?.on('message', (message: ToWorker) => {
  if (message.type === 'first') {
    for (const doc of message.docs) {
      if (doc.text.includes(SILENT_MARKER)) {
        let spins = 0;
        while (spins >= 0) {
          spins = (spins + 1) % 1_000_000;
        }
      }
      port.postMessage({ type: 'failed', key: doc.key });
    }
  }
  port.postMessage({ type: 'done' });
});
