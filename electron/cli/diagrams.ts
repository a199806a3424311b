// Command-line commands of diagrams: list them, and export one as SVG or PNG.
import { existsSync } from 'node:fs';
import { ApiError } from '../../shared/errors.ts';
import { GENERATION_NAMES } from '../../shared/model/diagrams.ts';
import { DEFAULT_PRINT_WIDTH_CM } from '../diagrams/png.ts';
import { writeDiagramFile } from '../diagrams/export.ts';
import { findDiagram, listDiagrams } from '../diagrams/read.ts';
import { need as needWord } from './arguments.ts';
import type { CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

const EXPORT_USAGE = 'export-diagram <project.alens> <diagram id or title> <out.svg|out.png> [--width-cm N] [--force]';

function need(value: string | undefined, what: string, usage: string): string {
  return needWord(value, what, ` Usage: ${usage}`);
}

// Reads --width-cm (a number of centimetres).
function widthFlag(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const width = typeof value === 'string' ? Number(value.replace(',', '.')) : NaN;
  if (!Number.isFinite(width)) throw new ApiError('BAD_INPUT', '--width-cm needs a number of centimetres, e.g. --width-cm 16.');
  return width;
}

export const diagramsCommands: CliCommand[] = [
  {
    name: 'diagrams',
    usage: 'diagrams <project.alens> [--json]',
    summary: 'every diagram: id, generation, title, phase, tensions',
    async run({ positional, flags, out }) {
      const project = need(positional[0], 'the project file', 'diagrams <project.alens> [--json]');
      await withProject(project, true, (store) => {
        const diagrams = listDiagrams(store);
        if (flags.has('json')) out(JSON.stringify(diagrams, null, 2));
        else if (diagrams.length === 0) out('The project has no diagrams.');
        else out(diagrams.map((d) => `${d.id}\t${GENERATION_NAMES[d.generation]}\t${d.title}${d.phase ? ` (${d.phase})` : ''}\t${d.tensionCount} tensions`).join('\n'));
      });
      return 0;
    },
  },
  {
    name: 'export-diagram',
    usage: EXPORT_USAGE,
    summary: `draw a diagram as SVG, or PNG at 300 dpi (default ${DEFAULT_PRINT_WIDTH_CM} cm wide)`,
    async run({ positional, flags, out }) {
      const project = need(positional[0], 'the project file', EXPORT_USAGE);
      const which = need(positional[1], 'the diagram (its id or title)', EXPORT_USAGE);
      const target = need(positional[2], 'the output file (.svg or .png)', EXPORT_USAGE);
      const widthCm = widthFlag(flags.get('width-cm'));
      if (widthCm !== undefined && target.toLowerCase().endsWith('.svg')) throw new ApiError('BAD_INPUT', '--width-cm applies to PNG only; an SVG scales to any size.');
      if (existsSync(target) && !flags.has('force')) throw new ApiError('ALREADY_EXISTS', `${target} already exists. Choose another name, or add --force to replace it.`);
      await withProject(project, true, (store) => {
        const diagram = findDiagram(store, which);
        const result = writeDiagramFile(store, diagram.id, target, widthCm);
        const size = result.mimeType === 'image/png' ? ` (${result.widthPx} × ${result.heightPx} pixels, ${widthCm ?? DEFAULT_PRINT_WIDTH_CM} cm at 300 dpi)` : '';
        out(`Wrote "${diagram.title}" to ${target}${size}`);
      });
      return 0;
    },
  },
];
