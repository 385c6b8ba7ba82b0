/**
 * Checks many workbooks on worker threads, one per core (never more than files), ahead of the caller:
 * `checkAhead(files)` starts them all and returns a stand-in for checkFile that hands back each file's result
 * when asked. The caller asks in its own order, so the output stays in a stable order while every core works.
 *
 * Each file has a budget on its thread: a time (a timer ends the thread) and a heap (the thread's resource
 * limit). A file past either, or whose thread dies or exits without an answer, gets one line saying so; a
 * fresh thread takes the files after it, so one heavy file never stalls the run.
 */
import { availableParallelism } from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { checkFile, checkProblem, type FileResult } from './check-file';

/** Threads load compiled JavaScript: from the TypeScript sources (jest, tsx) files are checked in this one. */
const WORKER = __filename.endsWith('.js') ? path.join(__dirname, 'check-worker.js') : undefined;

/**
 * Files finished ahead of the one the caller waits for, per worker: enough to keep the workers busy, few
 * enough that finished workbooks (their bytes travel with the result) do not pile up behind a slow one.
 */
const AHEAD_PER_WORKER = 2;

/** What one file may take on its thread, unless `BUDGET_CHECK_FILE_SECONDS` / `BUDGET_CHECK_FILE_MB` say. */
export const FILE_BUDGET = { seconds: 120, megabytes: 2048 } as const;

/** Threads that die before they have loaded, in a row, before the rest is checked on the main thread. */
const MAX_STARTUP_DEATHS = 3;

/** `BUDGET_CHECK_WORKERS` caps the pool (the benchmark compares 1 and 2); otherwise one per core. */
export function poolSize(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const cap = Number(env.BUDGET_CHECK_WORKERS);
  const cores = Number.isInteger(cap) && cap > 0 ? cap : availableParallelism();
  return Math.max(1, Math.min(cores, files));
}

export interface Budget {
  readonly seconds: number;
  readonly megabytes: number;
}

/** The per-file budget, from the environment where it says one. */
export function fileBudget(env: NodeJS.ProcessEnv = process.env): Budget {
  const seconds = Number(env.BUDGET_CHECK_FILE_SECONDS);
  const megabytes = Number(env.BUDGET_CHECK_FILE_MB);
  return {
    seconds: env.BUDGET_CHECK_FILE_SECONDS && seconds > 0 ? seconds : FILE_BUDGET.seconds,
    megabytes:
      env.BUDGET_CHECK_FILE_MB && Number.isInteger(megabytes) && megabytes > 0
        ? megabytes
        : FILE_BUDGET.megabytes,
  };
}

export interface PoolOptions {
  readonly workers?: number;
  readonly budget?: Budget;
  /** The thread's script: the compiled check-worker.js, or a test's own. */
  readonly script?: string;
}

interface Job {
  readonly file: string;
  readonly resolve: (result: FileResult) => void;
  readonly result: Promise<FileResult>;
}

interface Slot {
  readonly worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Said it has loaded: only then is it given a file, so loading is no file's time. */
  ready: boolean;
  /** Ended (by us or by itself): whatever it still says is ignored. */
  retired: boolean;
}

/** What check-worker.js posts once it has loaded, before any result. */
export const READY = 'ready';

export function checkAhead(
  files: readonly string[],
  options: PoolOptions = {},
): (file: string) => Promise<FileResult> {
  const script = options.script ?? WORKER;
  // One file is checked here: there is no run to go on with.
  if (files.length < 2 || script === undefined) return checkFile;
  const workers = options.workers ?? poolSize(files.length);
  const budget = options.budget ?? fileBudget();
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
  const slots = new Set<Slot>();
  let started = 0;
  let asked = 0;
  let startupDeaths = 0;

  const answer = (slot: Slot, result: FileResult): void => {
    clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    job?.resolve(result);
  };

  /** Ends a thread; its file, if it had one, gets `problem`; a fresh thread takes over if files remain. */
  const retire = (slot: Slot, problem?: string): void => {
    if (slot.retired) return;
    slot.retired = true;
    slots.delete(slot);
    if (slot.job)
      answer(slot, { ok: false, file: slot.job.file, problem: problem ?? exitProblem(undefined) });
    void slot.worker.terminate();
    if (problem === undefined) return;
    if (!slot.ready) startupDeaths++;
    if (started < jobs.length) {
      if (startupDeaths < MAX_STARTUP_DEATHS) spawn();
      else if (![...slots].some((s) => s.ready)) inProcess();
    }
    dispatch();
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.job || !slot.ready) continue;
      if (started >= Math.min(jobs.length, asked + workers * AHEAD_PER_WORKER)) break;
      const job = jobs[started++];
      slot.job = job;
      slot.timer = setTimeout(() => retire(slot, overTime(budget)), budget.seconds * 1000);
      slot.worker.postMessage(job.file);
    }
    // Idle threads would keep the process alive once every file has gone out.
    if (started === jobs.length) for (const slot of [...slots]) if (!slot.job) retire(slot);
  };

  const spawn = (): void => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: budget.megabytes } });
    const slot: Slot = { worker, ready: false, retired: false };
    slots.add(slot);
    worker.on('message', (message: FileResult | typeof READY) => {
      if (slot.retired) return;
      if (message === READY) {
        slot.ready = true;
        startupDeaths = 0;
      } else if (slot.job) answer(slot, message);
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => retire(slot, crashProblem(error, budget)));
    // A thread that ends without answering (process.exit in a library, a native crash of the isolate).
    worker.on('exit', (code) => retire(slot, exitProblem(code)));
  };

  /** Threads cannot be started here: the files left are checked on the main thread, one at a time. */
  const inProcess = (): void => {
    const rest = jobs.slice(started);
    started = jobs.length;
    void rest.reduce(
      (previous, job) => previous.then(() => checkFile(job.file).then(job.resolve)),
      Promise.resolve(),
    );
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

function overTime(budget: Budget): string {
  return `检查超过了每个文件的时间上限（${budget.seconds} 秒），已停止检查这个文件`;
}

function crashProblem(error: Error & { code?: string }, budget: Budget): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return `检查所需的内存超过了每个文件的上限（${budget.megabytes.toLocaleString('en-US')} MB），已停止检查这个文件`;
  return checkProblem(error);
}

function exitProblem(code: number | undefined): string {
  return `检查这个文件的线程意外退出${code === undefined ? '' : `（退出码 ${code}）`}，没有给出结果`;
}
