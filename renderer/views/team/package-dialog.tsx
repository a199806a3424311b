// "Prepare a coding package": for which member, which sources, with or without the codings
// so far, anonymised (the default) or with real names, as an Activity Lens project or as
// .qdpx for another program, written to a path on this computer.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CoderRecord, ProjectInfo } from '../../../shared/model/entities.ts';
import type { TeamCycle } from '../../../shared/model/team.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { folderOf, hostPathProblem, safeFileName } from '../exports/exchange-files.ts';
import { joinPath } from '../exports/export-paths.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { IdListSelect } from './team-fields.tsx';

export interface PackageDialogProps {
  project: ProjectInfo;
  coders: readonly CoderRecord[];
  cycles: readonly TeamCycle[];
  notify(notice: Notice): void;
  onClose(): void;
}

interface PackageContentsProps {
  withCodings: boolean;
  realNames: boolean;
  instructions: string;
  onWithCodings(value: boolean): void;
  onRealNames(value: boolean): void;
  onInstructions(value: string): void;
}

// What the package holds: the codings or not, real names or not, and what the member is asked.
function PackageContents({ withCodings, realNames, instructions, onWithCodings, onRealNames, onInstructions }: PackageContentsProps) {
  return (
    <>
      <fieldset className="team-choice">
        <legend>Codings</legend>
        <label className="radio">
          <input type="radio" name="codings" checked={!withCodings} onChange={() => onWithCodings(false)} />
          Without any codings: blind second coding
        </label>
        <label className="radio">
          <input type="radio" name="codings" checked={withCodings} onChange={() => onWithCodings(true)} />
          With the codings so far: splitting the work
        </label>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={realNames} onChange={(e) => onRealNames(e.target.checked)} />
        Real names travel (otherwise the package is anonymised with the register, and the register stays here)
      </label>
      {realNames ? <p className="warning">The package will carry participants’ real names. Send it only by a route your ethics approval allows.</p> : null}
      <label className="field">
        <span className="field-label">What the member is asked to do</span>
        <textarea rows={2} value={instructions} onChange={(e) => onInstructions(e.target.value)} />
      </label>
    </>
  );
}

interface MemberAndCycleProps {
  coders: PackageDialogProps['coders'];
  coderId: number | null;
  onCoder: (id: number | null) => void;
  cycles: PackageDialogProps['cycles'];
  cycleId: number | null;
  onCycle: (id: number | null) => void;
}

// Who the package is for, and the open cycle it belongs to.
function MemberAndCycle({ coders, coderId, onCoder, cycles, cycleId, onCycle }: MemberAndCycleProps) {
  return (
    <div className="field-row">
      <label className="field">
        <span className="field-label">For</span>
        <select value={coderId === null ? '' : String(coderId)} onChange={(e) => onCoder(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">Anyone (they choose who they are)</option>
          {coders.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name} ({c.initials})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Cycle</span>
        <select value={cycleId === null ? '' : String(cycleId)} onChange={(e) => onCycle(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">None</option>
          {cycles.map((c) => (
            <option key={c.id} value={String(c.id)}>
              Cycle {c.number}: {c.title}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

// The package dialog.
export function PackageDialog({ project, coders, cycles, notify, onClose }: PackageDialogProps) {
  const [coderId, setCoderId] = useState<number | null>(coders[coders.length - 1]?.id ?? null);
  const [format, setFormat] = useState<'alens' | 'qdpx'>('alens');
  const member = coders.find((c) => c.id === coderId);
  const suggested = joinPath(folderOf(project.path), `${safeFileName(`${project.name} - package${member ? ` for ${member.name}` : ''}`)}.${format}`);
  const [path, setPath] = useState<string | null>(null);
  const [sourceIds, setSourceIds] = useState<number[]>([]);
  const [withCodings, setWithCodings] = useState(false);
  const [realNames, setRealNames] = useState(false);
  const [instructions, setInstructions] = useState('');
  const open = cycles.filter((c) => c.number > 0 && c.status === 'open');
  const [cycleId, setCycleId] = useState<number | null>(open[open.length - 1]?.id ?? null);
  const sources = useApiQuery('sources.list', {});
  const { busy, error, run, showError } = useDialogAction(onClose);
  const target = (path ?? suggested).trim();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = hostPathProblem(target, `.${format}`);
    if (problem) {
      showError(problem);
      return;
    }
    await run(async () => {
      const result = await call('team.package', { path: target, coderId: coderId ?? undefined, sourceIds: sourceIds.length > 0 ? sourceIds : undefined, withCodings, realNames, cycleId: cycleId ?? undefined, instructions: instructions.trim() || undefined });
      const p = result.package;
      notify({ kind: 'info', text: `Wrote ${result.path}: ${p.sources} sources, ${p.withCodings ? `${result.codings} codings` : 'no codings (blind)'}, ${p.anonymised ? `anonymised (${result.replacements} names replaced)` : 'with real names'}.` });
    });
  }

  return (
    <Modal title="Prepare a coding package" onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} aria-label="Prepare a coding package">
        <p className="muted">A copy of the project for a team member to code. They open it in Activity Lens (or the .qdpx in another program) and send it back; you merge it here.</p>
        <MemberAndCycle coders={coders} coderId={coderId} onCoder={setCoderId} cycles={open} cycleId={cycleId} onCycle={setCycleId} />
        <IdListSelect label="Sources (none chosen: all of them)" items={(sources.data ?? []).map((s) => ({ id: s.id, label: s.name }))} chosen={sourceIds} onChange={setSourceIds} />
        <PackageContents withCodings={withCodings} realNames={realNames} instructions={instructions} onWithCodings={setWithCodings} onRealNames={setRealNames} onInstructions={setInstructions} />
        <div className="field-row">
          <label className="field">
            <span className="field-label">As</span>
            <select value={format} onChange={(e) => setFormat(e.target.value === 'qdpx' ? 'qdpx' : 'alens')}>
              <option value="alens">Activity Lens project (.alens)</option>
              <option value="qdpx">REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder</option>
            </select>
          </label>
        </div>
        <label className="field">
          <span className="field-label">Save to (a path on this computer)</span>
          <input type="text" value={path ?? suggested} spellCheck={false} onChange={(e) => setPath(e.target.value)} />
        </label>
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Preparing…' : 'Prepare the package'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
