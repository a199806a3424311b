// Every area's benchmark, run in this order for each corpus size. Each is loaded only
// when it runs (in a process of its own), so one area's peak memory does not count the
// modules of the others (the workspace bench alone loads Vite and Playwright).
import type { BenchArea } from '../bench-context.ts';

export interface BenchAreaEntry {
  name: string;
  load(): Promise<BenchArea>;
}

export const BENCH_AREAS: BenchAreaEntry[] = [
  { name: 'core', load: async () => (await import('./core.ts')).coreBench },
  { name: 'import', load: async () => (await import('./import.ts')).importBench },
  { name: 'import-peer', load: async () => (await import('./import-peer.ts')).importPeerBench },
  { name: 'workspace', load: async () => (await import('./workspace.ts')).workspaceBench },
  { name: 'queries', load: async () => (await import('./queries.ts')).queriesBench },
  { name: 'diagrams', load: async () => (await import('./diagrams.ts')).diagramsBench },
  { name: 'anonymise', load: async () => (await import('./anonymise.ts')).anonymiseBench },
  { name: 'export-memory', load: async () => (await import('./export-memory.ts')).exportMemoryBench },
  { name: 'exchange', load: async () => (await import('./exchange.ts')).exchangeBench },
  { name: 'peer', load: async () => (await import('./peer.ts')).peerBench },
  { name: 'encryption', load: async () => (await import('./encryption.ts')).encryptionBench },
  { name: 'team', load: async () => (await import('./team.ts')).teamBench },
  { name: 'screens', load: async () => (await import('./screens.ts')).screensBench },
];
