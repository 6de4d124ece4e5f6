/** Entry of an analysis worker when the server runs unbundled (tests); the bundle uses server.js itself. */
import { runAnalysisWorker } from './analysisWorker';

runAnalysisWorker();
