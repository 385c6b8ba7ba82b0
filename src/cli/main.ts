#!/usr/bin/env node
/** The `budget-check` command: wires run() to the process. */
import { run } from './run';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
const width = process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  color,
  width,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `budget-check：意外错误：${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
