// Command-line commands of team coding: coders, package, merge and agreement.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import type { AgreementLevel, AgreementReport, AgreementRequest, MergePreview } from '../../shared/model/team.ts';
import { AGREEMENT_LEVELS, formatFigure } from '../../shared/model/team.ts';
import { createCoder } from '../codings/coding-actions.ts';
import type { OpenStore } from '../db/open-project.ts';
import { writeFileAtomic } from '../infra/atomic-write.ts';
import { createParseRunner, forkWorker } from '../infra/reader-runner.ts';
import { listCoders } from '../projects/project-info.ts';
import { agreementReport } from '../team/agreement.ts';
import { exportAgreement } from '../team/agreement-export.ts';
import { agreementQueries } from '../team/agreement-queries.ts';
import { mergeFile, previewMerge } from '../team/merge.ts';
import { makePackage } from '../team/package.ts';
import { flagValue, need } from './arguments.ts';
import type { CliArgs, CliCommand } from './command.ts';
import { print } from './output.ts';
import { projectArgument } from './projects.ts';
import { resolveNode } from './queries-args.ts';
import { resolveCoders, resolveSources } from './team-args.ts';
import { withProject } from './with-project.ts';

const coders: CliCommand = {
  name: 'coders',
  usage: 'coders <project.alens> [--add NAME --initials XX] [--json]',
  summary: 'every coder with the number of codings; or add one',
  run(args) {
    const name = flagValue(args, 'add', this.usage);
    return withProject(projectArgument(args.positional), name === undefined, (store) => {
      if (name !== undefined) {
        const initials = need(flagValue(args, 'initials', this.usage), 'the new coder\'s initials (--initials)', ` Usage: ${this.usage}`);
        const made = createCoder(store, { name, initials });
        args.out(`Coder ${made.name} (${made.initials}) is in the project.`);
        return 0;
      }
      const counts = new Map<number, number>();
      for (const c of agreementQueries(store).codingIdentities.all()) if (c.coder_id !== null) counts.set(c.coder_id, (counts.get(c.coder_id) ?? 0) + 1);
      const list = listCoders(store).map((c) => ({ ...c, codings: counts.get(c.id) ?? 0 }));
      print(args, list, () => (list.length === 0 ? 'No coders yet.' : list.map((c) => `${c.initials.padEnd(6)} ${c.name.padEnd(30)} ${c.codings} codings`).join('\n')));
      return 0;
    });
  },
};

const packageCommand: CliCommand = {
  name: 'package',
  usage: 'package <project.alens> <out.alens|out.qdpx> [--coder XX] [--sources A,B] [--with-codings] [--real-names] [--instructions TEXT]',
  summary: 'a coding package for a member: blind (no codings) and anonymised unless asked',
  run(args) {
    const [project, target] = args.positional;
    const out = need(target, 'the package file to write (.alens or .qdpx)', ` Usage: ${this.usage}`);
    return withProject(projectArgument([project ?? '']), false, async (store) => {
      const coder = flagValue(args, 'coder', this.usage);
      const sources = flagValue(args, 'sources', this.usage);
      const result = await makePackage(store, {
        path: out,
        coderId: coder === undefined ? undefined : resolveCoders(store, coder)[0],
        sourceIds: sources === undefined ? undefined : resolveSources(store, sources),
        withCodings: args.flags.has('with-codings'),
        realNames: args.flags.has('real-names'),
        instructions: flagValue(args, 'instructions', this.usage),
      });
      const p = result.package;
      args.out(`Wrote ${out} (${result.bytes} bytes): ${p.sources} sources, ${p.withCodings ? `${result.codings} codings` : 'no codings (blind)'}, ${p.anonymised ? `anonymised (${result.replacements} names replaced)` : 'WITH REAL NAMES'}${p.coder ? `, for ${p.coder.name}` : ''}.`);
      return 0;
    });
  },
};

function previewLines(preview: MergePreview): string[] {
  const a = preview.added;
  const lines = [
    `${preview.fileName} (${preview.format}):`,
    `  adds ${a.codings} codings, ${a.sources} sources, ${a.nodes} nodes, ${a.coders} coders, ${a.cases} cases, ${a.attributes} attributes, ${a.memos} memos`,
    `  ${preview.alreadyPresent} codings are already in the project`,
    ...preview.coders.map((c) => `  coder ${c.initials} (${c.name}): ${c.matchedBy === 'new' ? 'new' : `matched by ${c.matchedBy}`}`),
    ...preview.sources.filter((s) => s.codingsIn > 0 || s.unplaced > 0 || s.matchedBy === 'new').map((s) => `  ${s.name}: ${s.matchedBy === 'new' ? 'new source' : `matched by ${s.matchedBy}`}${s.textDiffers ? ', text differs (positions mapped through a diff)' : ''}; ${s.codingsIn} codings in${s.unplaced > 0 ? `, ${s.unplaced} not placed` : ''}`),
    ...preview.nodes.filter((n) => n.matchedBy === 'new').map((n) => `  new node ${n.path}`),
  ];
  if (preview.unplaced.length > 0) lines.push('Not placed (their text is no longer in the project):', ...preview.unplaced.map((u) => `  ${u.source} ${u.start}-${u.end} at ${u.node} by ${u.coder ?? 'no coder'}: "${u.text.slice(0, 100)}"`));
  if (preview.conflicts.length > 0) lines.push('Conflicts (the project\'s values are kept):', ...preview.conflicts.map((c) => `  ${c}`));
  return lines;
}

const merge: CliCommand = {
  name: 'merge',
  usage: 'merge <project.alens> <other.alens|other.qdpx> [--dry-run] [--json]',
  summary: 'another coder\'s project or REFI-QDA file into this one (one undoable action)',
  run(args) {
    const [project, other] = args.positional;
    const file = need(other, 'the file to merge (.alens or .qdpx)', ` Usage: ${this.usage}`);
    const dryRun = args.flags.has('dry-run');
    return withProject(projectArgument([project ?? '']), dryRun, async (store) => {
      const reader = createParseRunner(forkWorker());
      try {
        const bytes = readFileSync(file);
        const result = dryRun ? await previewMerge(store, bytes, basename(file), { reader }) : await mergeFile(store, bytes, basename(file), { reader });
        print(args, result, () => {
          if (result.mergedBefore !== null) return `${basename(file)} was merged on ${result.mergedBefore}: merging it again changes nothing.`;
          return [...(dryRun ? ['Dry run: nothing was written.'] : ['Merged (Undo in the app takes it back).']), ...previewLines(result)].join('\n');
        });
        return 0;
      } finally {
        reader.close();
      }
    });
  },
};

// The tables of a report as aligned text, each with how its figures were computed.
function reportText(report: AgreementReport): string {
  const blocks = report.tables.map((t) => {
    const header = ['', ...t.columns.map((c) => c.label)];
    const rows = t.rows.map((r) => [r.label, ...r.values.map((v, i) => formatFigure(v, t.columns[i]?.format ?? 'count'))]);
    const widths = header.map((_, c) => Math.min(c === 0 ? 60 : 14, Math.max(...[header, ...rows].map((r) => (r[c] ?? '').length))));
    const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.slice(0, widths[0]).padEnd(widths[0] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
    return [t.title, line(header), ...rows.map(line), '', `How each figure was computed: ${t.explanation}`].join('\n');
  });
  return [`${report.coders.map((c) => `${c.initials} (${c.name})`).join(', ')}: ${report.sources} sources, ${report.nodes} nodes, ${report.codings} codings${report.decisionsApplied > 0 ? `, ${report.decisionsApplied} review decisions counted` : ''}.`, ...blocks].join('\n\n');
}

function agreementRequest(store: OpenStore, args: CliArgs, usage: string): AgreementRequest {
  const codersRaw = need(flagValue(args, 'coders', usage), 'the coders to compare (--coders A,B)', ` Usage: ${usage}`);
  const level = flagValue(args, 'level', usage) ?? 'char';
  if (!AGREEMENT_LEVELS.includes(level as AgreementLevel)) throw new ApiError('BAD_INPUT', `--level must be ${AGREEMENT_LEVELS.join(', ')}.`);
  const nodes = flagValue(args, 'nodes', usage);
  const sources = flagValue(args, 'sources', usage);
  const overlap = flagValue(args, 'min-overlap', usage);
  const share = overlap === undefined ? undefined : Number(overlap.replace(/%$/, ''));
  const minOverlap = share === undefined || overlap === undefined ? undefined : overlap.endsWith('%') || share > 1 ? share / 100 : share;
  if (minOverlap !== undefined && !(minOverlap > 0 && minOverlap <= 1)) throw new ApiError('BAD_INPUT', '--min-overlap must be a share above 0 and at most 1 (or a percentage, e.g. 90%).');
  return {
    coderIds: resolveCoders(store, codersRaw),
    level: level as AgreementLevel,
    nodeIds: nodes === undefined ? undefined : nodes.split(',').map((n) => resolveNode(store, n)),
    sourceIds: sources === undefined ? undefined : resolveSources(store, sources),
    excludeUncoded: args.flags.has('exclude-uncoded'),
    minOverlap,
    withDecisions: args.flags.has('with-decisions'),
  };
}

const agreement: CliCommand = {
  name: 'agreement',
  usage: 'agreement <project.alens> --coders A,B [--nodes ...] [--sources ...] [--level char|segment|alpha] [--exclude-uncoded] [--min-overlap 90%] [--with-decisions] [--json|--out file.docx|.csv|.xlsx] [--real-names]',
  summary: 'inter-coder agreement per node, per source and overall',
  run(args) {
    return withProject(projectArgument(args.positional), true, async (store) => {
      const request = agreementRequest(store, args, this.usage);
      const out = flagValue(args, 'out', this.usage);
      if (out !== undefined) {
        const ext = extname(out).toLowerCase().slice(1);
        if (ext !== 'docx' && ext !== 'csv' && ext !== 'xlsx') throw new ApiError('BAD_INPUT', '--out must name a .docx, .csv or .xlsx file.');
        const file = await exportAgreement(store, request, ext, !args.flags.has('real-names'));
        writeFileAtomic(out, Buffer.from(file.bytesBase64, 'base64'));
        args.out(`Wrote ${out}${args.flags.has('real-names') ? '' : ' (anonymised: coders as Coder N, no real names)'}`);
        return 0;
      }
      const report = agreementReport(store, request);
      print(args, report, () => reportText(report));
      return 0;
    });
  },
};

export const teamCommands: CliCommand[] = [coders, packageCommand, merge, agreement];
