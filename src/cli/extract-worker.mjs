// Worker entry: Node 20 worker threads do not inherit the TypeScript loader, so load the
// TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./extract-worker.ts', import.meta.url);
