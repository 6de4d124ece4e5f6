/**
 * Entry point of the bundled server (`server/dist/server.js`). The same file is the entry of the analysis
 * worker threads of the first index, so that the bundle stays one file.
 */
import { isMainThread } from 'node:worker_threads';
import { runServer } from './runServer';
import { runAnalysisWorker } from './workspace/analysisWorker';

if (isMainThread) {
  runServer();
} else {
  runAnalysisWorker();
}
