// Diagram specs for tests and benchmarks: every generation, with chosen label texts.
import { GENERATION_COMPONENTS } from '../model/diagrams.ts';
import type { DiagramGeneration } from '../model/diagrams.ts';
import type { DiagramSpec, SpecComponent, SpecSystem } from './diagram-spec.ts';

// Builds a spec of a generation whose component texts come from `text(kind, system)`.
export function makeSpec(generation: DiagramGeneration, text: (kind: string, system: number) => string, options: { triangles?: number; title?: string } = {}): DiagramSpec {
  let id = 1;
  const count = generation === 1 ? (options.triangles ?? 3) : generation === 2 ? 1 : 2;
  const systems: SpecSystem[] = [];
  for (let s = 0; s < count; s++) {
    systems.push({
      name: generation === 2 ? '' : `System ${s + 1}`,
      components: GENERATION_COMPONENTS[generation].map((kind): SpecComponent => ({ id: id++, kind, text: text(kind, s), nudgeX: 0, nudgeY: 0 })),
    });
  }
  const sharedObject: SpecComponent | null = generation === 3 ? { id: id++, kind: 'shared-object', text: text('shared-object', -1), nudgeX: 0, nudgeY: 0 } : null;
  return { generation, title: options.title ?? `Generation ${generation}`, perspective: 'Brokers', phase: 'After', caption: 'A caption.', systems, sharedObject, tensions: [] };
}
