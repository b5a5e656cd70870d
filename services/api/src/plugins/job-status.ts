/** A job's life: pending → running → done, or back to pending to retry, or failed after its last attempt. */
export const JobStatus = { Pending: 'pending', Running: 'running', Done: 'done', Failed: 'failed' } as const;
export type JobStatus = (typeof JobStatus)[keyof typeof JobStatus];

/** Finished jobs, which housekeeping may purge. */
export const FINISHED_JOB_STATUSES: readonly JobStatus[] = [JobStatus.Done, JobStatus.Failed];
