// Runs one export call as a job the status bar shows (with progress and Cancel).
import type { ExportOutcome } from '../../../shared/model/anonymise.ts';
import { finishJob, startJob } from '../../jobs.ts';

// Starts a job, passes its id to the call, and removes the job when the call answers.
export async function runExport(label: string, callWithJob: (jobId: string) => Promise<ExportOutcome>): Promise<ExportOutcome> {
  const jobId = startJob(label);
  try {
    return await callWithJob(jobId);
  } finally {
    finishJob(jobId);
  }
}
