// This window's view of long-running jobs (imports, exports): started here or reported
// by progress events, shown in the status bar with a cancel button.
import { useSyncExternalStore } from 'react';
import type { ApiEvent } from '../shared/api.ts';

export interface JobView {
  jobId: string;
  label: string;
  done: number;
  total: number;
  message: string;
  cancelling: boolean;
  // started by this window (it removes the job when its call answers)
  local: boolean;
}

let jobs: readonly JobView[] = [];
const subscribers = new Set<() => void>();

function publish(next: readonly JobView[]): void {
  jobs = next;
  for (const s of subscribers) s();
}

// A new job id, for a call whose progress is shown only if the work turns out to be long.
export function newJobId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

// Registers a job this window is about to start; returns the jobId to pass to the call.
export function startJob(label: string): string {
  const jobId = newJobId();
  publish([...jobs, { jobId, label, done: 0, total: 0, message: label, cancelling: false, local: true }]);
  return jobId;
}

// Removes a job when its call has answered (done, failed or cancelled).
export function finishJob(jobId: string): void {
  publish(jobs.filter((j) => j.jobId !== jobId));
}

// Marks a job as being cancelled (the cancel request is on its way).
export function markCancelling(jobId: string): void {
  publish(jobs.map((j) => (j.jobId === jobId ? { ...j, cancelling: true } : j)));
}

// Tells whether Cancel was pressed for a job (here or in the status bar).
export function isCancelling(jobId: string): boolean {
  return jobs.some((j) => j.jobId === jobId && j.cancelling);
}

// Applies a progress event; jobs started elsewhere appear until they report completion.
export function applyProgress(event: Extract<ApiEvent, { type: 'progress' }>): void {
  const known = jobs.find((j) => j.jobId === event.jobId);
  const complete = event.total > 0 && event.done >= event.total;
  if (!known) {
    if (!complete) publish([...jobs, { jobId: event.jobId, label: event.message, done: event.done, total: event.total, message: event.message, cancelling: false, local: false }]);
    return;
  }
  if (complete && !known.local) {
    finishJob(event.jobId);
    return;
  }
  publish(jobs.map((j) => (j.jobId === event.jobId ? { ...j, done: event.done, total: event.total, message: event.message || j.message } : j)));
}

// The jobs running now, as React state.
export function useJobs(): readonly JobView[] {
  return useSyncExternalStore(
    (onChange) => {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    () => jobs,
  );
}
