// Lease and retry settings shared by the jobs. A worker proves it still holds a job by a heartbeat;
// a job whose heartbeat stops (its worker was killed, its machine lost) is failed by the supervisor
// and retried by another worker, after backoff.
import { JobEnvShape, readEnv } from "@/lib/env";

const settings = readEnv(JobEnvShape);

/** How long a job may go without its worker's heartbeat before another worker takes it over (pg-boss minimum: 10). */
export const HEARTBEAT_SECONDS = Math.max(10, settings.JOB_HEARTBEAT_SECONDS);
/** How often a worker looks for jobs whose heartbeat or lease ran out. */
export const SUPERVISE_SECONDS = settings.JOB_SUPERVISE_SECONDS;
/** The first retry's delay; each later one doubles it (with jitter). */
export const RETRY_DELAY_SECONDS = settings.JOB_RETRY_DELAY_SECONDS;
