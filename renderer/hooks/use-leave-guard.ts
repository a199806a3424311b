// Asks before the window is closed or reloaded while this window's long work runs (an
// import, an export with progress): the browser asks "Leave site?"; in Electron the main
// process asks (electron/app/window.ts answers the page's refusal to unload). When the
// researcher leaves anyway, the work is cancelled, so what finished stays and the rest is
// not half-done.
import { useEffect } from 'react';
import { getBridge } from '../bridge.ts';
import { useJobs } from '../jobs.ts';

// Sends a cancel that survives the page going away (keepalive in a browser; IPC in Electron).
function cancelOnLeave(jobId: string): void {
  const bridge = getBridge();
  if (bridge) {
    void bridge.call('jobs.cancel', { jobId }).catch(() => undefined);
    return;
  }
  void fetch('/api/call/jobs.cancel', { method: 'POST', keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jobId }) }).catch(() => undefined);
}

// While a job started by this window runs, leaving the page asks first.
export function useLeaveGuard(): void {
  const running = useJobs().filter((j) => j.local);
  const ids = running.map((j) => j.jobId).join(' ');
  useEffect(() => {
    if (ids === '') return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    const leave = () => {
      for (const jobId of ids.split(' ')) cancelOnLeave(jobId);
    };
    window.addEventListener('beforeunload', ask);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('beforeunload', ask);
      window.removeEventListener('pagehide', leave);
    };
  }, [ids]);
}
