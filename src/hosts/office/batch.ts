/**
 * Writes (and the loads that go with them) sized against Excel's limits: Excel on the web refuses a request
 * or a response over 5 MB, and so fails the whole sync. Each call is priced as the shipped office.js
 * serialises it (an object path and an action of JSON, some 250 bytes, plus its arguments in UTF-8; measured
 * in tests/office/runtime-surface.test.ts), and a batch syncs before a call would take it over the budget.
 */

/** Estimated bytes a sync may send or bring back; the rest of Excel's 5 MB is margin for the estimates. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/** One call of a batch in the shipped runtime's request: 170–320 bytes measured, rounded up. */
const CALL_BYTES = 330;

const utf8 = new TextEncoder();

/** The request bytes of `calls` calls with these arguments. */
export function requestBytes(calls: number, ...args: unknown[]): number {
  return (
    calls * CALL_BYTES +
    args.reduce<number>((sum, arg) => sum + utf8.encode(JSON.stringify(arg) ?? '').length, 0)
  );
}

/** Calls queued on one context, synced whenever the next would take the request or response over budget. */
export class Batch {
  private request = 0;
  private response = 0;
  private pending = 0;
  /** Syncs this batch made so far. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /** Queues `queue`'s calls, estimated at `request` bytes sent and `response` bytes back. */
  async add(request: number, queue: () => void, response = 0): Promise<void> {
    if (
      this.pending > 0 &&
      (this.request + request > this.budget || this.response + response > this.budget)
    ) {
      await this.flush();
    }
    queue();
    this.request += request;
    this.response += response;
    this.pending++;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.request = 0;
    this.response = 0;
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }
}
