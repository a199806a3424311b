// Who is coding, in the status bar: the current coder's initials, a click to switch. A
// coding package opened here for the first time asks at once, offering the member it was
// made for; the host is told the choice whenever a project is opened.
import { useState } from 'react';
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { CoderDialog } from './coder-dialog.tsx';
import './coding.css';
import { useCoderForHost, useCurrentCoder } from './use-current-coder.ts';

// The status bar's coder button and its chooser.
export function CoderStatus({ project }: { project: ProjectInfo }) {
  const current = useCurrentCoder(project.guid);
  useCoderForHost(project.guid, current.coder?.id ?? null, current.loaded);
  // (a coding action changes no cycle, logbook entry or package)
  const overview = useApiQuery('team.overview', {}, undefined, 'never');
  const origin = overview.data?.package ?? null;
  const [open, setOpen] = useState<'auto' | 'open' | 'closed'>('auto');
  const askNow = open === 'open' || (open === 'auto' && origin !== null && current.loaded && current.coder === null && !project.readOnly);
  return (
    <>
      <button type="button" className="small status-coder" onClick={() => setOpen('open')} title="Every coding, memo and node change records who made it. Click to switch coder.">
        {current.coder ? `Coder: ${current.coder.initials}` : 'Choose coder'}
      </button>
      {askNow ? (
        <CoderDialog
          coders={current.coders}
          current={current.coder?.id ?? null}
          readOnly={project.readOnly}
          preferredName={origin?.coderName ?? null}
          onChosen={(c) => {
            current.choose(c);
            setOpen('closed');
          }}
          onClose={() => setOpen('closed')}
        />
      ) : null}
    </>
  );
}
