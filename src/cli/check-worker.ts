/** A thread of the pool in pool.ts: checks each file it is sent and posts the result back. */
import { parentPort } from 'worker_threads';
import { checkFile } from './check-file';
import { READY } from './pool';

const port = parentPort;
if (!port) throw new Error('check-worker.js runs as a worker thread of pool.ts');
port.on('message', (file: string) => {
  void checkFile(file).then((result) => port.postMessage(result));
});
// Loaded: from now on a file's time is its own.
port.postMessage(READY);
