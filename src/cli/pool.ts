/**
 * Checks many workbooks on worker threads, one per core (never more than files), ahead of the caller:
 * `checkAhead(files)` starts them all and returns a stand-in for checkFile that hands back each file's result
 * when asked. The caller asks in its own order, so the output stays in a stable order while every core works.
 */
import { availableParallelism } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { checkFile, type FileResult } from './check-file';

/** Threads load compiled JavaScript: from the TypeScript sources (jest, tsx) files are checked in this one. */
const WORKER = __filename.endsWith('.js') ? path.join(__dirname, 'check-worker.js') : undefined;

/**
 * Files finished ahead of the one the caller waits for, per worker: enough to keep the workers busy, few
 * enough that finished workbooks (their bytes travel with the result) do not pile up behind a slow one.
 */
const AHEAD_PER_WORKER = 2;

/** `BUDGET_CHECK_WORKERS` caps the pool (the benchmark compares 1 and 2); otherwise one per core. */
export function poolSize(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const cap = Number(env.BUDGET_CHECK_WORKERS);
  const cores = Number.isInteger(cap) && cap > 0 ? cap : availableParallelism();
  return Math.max(1, Math.min(cores, files));
}

interface Job {
  readonly file: string;
  readonly resolve: (result: FileResult) => void;
  readonly result: Promise<FileResult>;
}

export function checkAhead(
  files: readonly string[],
  workers = poolSize(files.length),
): (file: string) => Promise<FileResult> {
  if (workers < 2 || WORKER === undefined) return checkFile;
  const script = WORKER;
  const jobs = files.map((file): Job => {
    let resolve!: (result: FileResult) => void;
    const result = new Promise<FileResult>((done) => (resolve = done));
    return { file, resolve, result };
  });
  /** Each file's jobs not yet asked for, in order (a file typed twice is checked twice, like before). */
  const waiting = new Map<string, Job[]>();
  for (const job of jobs) {
    const same = waiting.get(job.file);
    if (same) same.push(job);
    else waiting.set(job.file, [job]);
  }
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let started = 0;
  let asked = 0;

  const dispatch = (): void => {
    while (idle.length > 0 && started < Math.min(jobs.length, asked + workers * AHEAD_PER_WORKER)) {
      const worker = idle.pop()!;
      const job = jobs[started++];
      busy.set(worker, job);
      worker.postMessage(job.file);
    }
    // Idle threads would keep the process alive once every file has gone out.
    if (started === jobs.length) for (const worker of idle.splice(0)) void worker.terminate();
  };

  const spawn = (): void => {
    const worker = new Worker(script);
    worker.on('message', (result: FileResult) => {
      busy.get(worker)?.resolve(result);
      busy.delete(worker);
      idle.push(worker);
      dispatch();
    });
    // A thread that dies (out of memory, say) fails its file alone; a fresh one takes the rest.
    worker.on('error', (error: Error & { code?: string }) => {
      const job = busy.get(worker);
      busy.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      job?.resolve({ ok: false, file: job.file, problem: crashProblem(error) });
      if (started < jobs.length) spawn();
      dispatch();
    });
    idle.push(worker);
  };

  for (let i = 0; i < workers; i++) spawn();
  dispatch();
  return (file) => {
    const job = waiting.get(file)?.shift();
    if (!job) return checkFile(file);
    asked++;
    dispatch();
    return job.result;
  };
}

function crashProblem(error: Error & { code?: string }): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return '工作簿过大，检查时内存不足';
  return `检查时出错：${error.message}`;
}
