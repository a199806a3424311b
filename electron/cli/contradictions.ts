// Command-line commands of contradictions: the Contradictions view as text or JSON, two
// tensions of different phases followed as one contradiction, its Word table, and the
// discursive manifestations branch.
import { existsSync } from 'node:fs';
import { ApiError } from '../../shared/errors.ts';
import { CONTRADICTION_STATUSES } from '../../shared/model/contradictions.ts';
import type { ContradictionsOverview, ContradictionStatus } from '../../shared/model/contradictions.ts';
import { linkTensions } from '../contradictions/links.ts';
import { addManifestationsBranch } from '../contradictions/manifestations.ts';
import { contradictionsOverview } from '../contradictions/overview.ts';
import { exportContradictionsDocx } from '../documents/contradictions-export.ts';
import { flagValue, need } from './arguments.ts';
import type { CliCommand } from './command.ts';
import { idList } from './diagram-edits.ts';
import { print } from './output.ts';
import { withProject } from './with-project.ts';

const LINK_USAGE = 'link-contradiction <project.alens> <tension id> <tension id> [--name N] [--status S] [--with-status S]';
const EXPORT_USAGE = 'export-contradictions <project.alens> <out.docx> [--title T] [--force]';

function statusOf(value: string | undefined): ContradictionStatus | undefined {
  if (value === undefined) return undefined;
  const status = CONTRADICTION_STATUSES.find((s) => s === value.trim().toLowerCase());
  if (!status) throw new ApiError('BAD_INPUT', `A status is one of ${CONTRADICTION_STATUSES.join(', ')}.`);
  return status;
}

// The overview as lines: each group, then each tension with its evidence and link.
function overviewText(overview: ContradictionsOverview): string {
  if (overview.tensionCount === 0) return 'The project has no tensions yet.';
  const lines: string[] = [];
  for (const g of overview.groups) {
    lines.push(`${g.level}: ${g.pairLabel}`);
    for (const e of g.entries) {
      const rounds = e.breakdown.round.map((r) => `${r.value} ${r.count}`).join(', ');
      const link = e.link ? `\tfollowed as "${e.link.name}" (${e.link.status})` : '';
      lines.push(`  ${e.tensionId}\t${e.label || '(no label)'}\t${e.diagramTitle}${e.phase ? ` (${e.phase})` : ''}\t${e.evidenceCount} evidence${rounds ? ` (${rounds})` : ''}${link}`);
    }
  }
  for (const c of overview.contradictions) lines.push(`contradiction "${c.name}": ${c.phases.map((p) => `${p.phase || p.diagramTitle} ${p.status}`).join(' -> ')}`);
  return lines.join('\n');
}

export const contradictionsCommands: CliCommand[] = [
  {
    name: 'contradictions',
    usage: 'contradictions <project.alens> [--json]',
    summary: 'every tension by level and components, its evidence by round, and the contradictions followed across phases',
    async run(args) {
      await withProject(need(args.positional[0], 'the project file'), true, (store) => {
        const overview = contradictionsOverview(store);
        print(args, overview, () => overviewText(overview));
      });
      return 0;
    },
  },
  {
    name: 'link-contradiction',
    usage: LINK_USAGE,
    summary: 'follow two tensions of different phases as one contradiction, with a status in each',
    async run(args) {
      const [project, a, b] = args.positional;
      const tensionId = idList(need(a, 'the first tension', ` Usage: ${LINK_USAGE}`), 'The first tension')[0] ?? 0;
      const withTensionId = idList(need(b, 'the tension of the other phase', ` Usage: ${LINK_USAGE}`), 'The second tension')[0] ?? 0;
      await withProject(need(project, 'the project file', ` Usage: ${LINK_USAGE}`), false, (store) => {
        const id = linkTensions(store, { tensionId, withTensionId, name: flagValue(args, 'name', LINK_USAGE), status: statusOf(flagValue(args, 'status', LINK_USAGE)), withStatus: statusOf(flagValue(args, 'with-status', LINK_USAGE)) });
        const followed = contradictionsOverview(store).contradictions.find((c) => c.id === id);
        args.out(`Following "${followed?.name ?? ''}": ${followed?.phases.map((p) => `${p.phase || p.diagramTitle} ${p.status}`).join(' -> ') ?? ''}`);
      });
      return 0;
    },
  },
  {
    name: 'export-contradictions',
    usage: EXPORT_USAGE,
    summary: 'the Contradictions view as a Word table (anonymised, leak-checked)',
    async run(args) {
      const [project, target] = args.positional;
      const out = need(target, 'the output file (.docx)', ` Usage: ${EXPORT_USAGE}`);
      if (existsSync(out) && !args.flags.has('force')) throw new ApiError('ALREADY_EXISTS', `${out} already exists. Choose another name, or add --force to replace it.`);
      const title = flagValue(args, 'title', EXPORT_USAGE);
      const outcome = await withProject(need(project, 'the project file', ` Usage: ${EXPORT_USAGE}`), true, (store) => exportContradictionsDocx(store, { path: out, overwrite: true, title }));
      if (!outcome.written) {
        args.err(outcome.message);
        return 1;
      }
      args.out(`Wrote ${outcome.extracts} tensions to ${out}`);
      return 0;
    },
  },
  {
    name: 'add-manifestations-branch',
    usage: 'add-manifestations-branch <project.alens>',
    summary: 'add the discursive manifestations branch (dilemma, conflict, critical conflict, double bind) to the codebook',
    async run(args) {
      await withProject(need(args.positional[0], 'the project file'), false, (store) => addManifestationsBranch(store));
      args.out('Added the "Discursive manifestations" branch: Dilemma, Conflict, Critical conflict, Double bind.');
      return 0;
    },
  },
];
