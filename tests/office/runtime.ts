/**
 * Microsoft's shipped Excel runtime (the files `officeJs=local` copies to dist/office-js/) loaded in a Node VM
 * with just enough browser globals for its top level to run: the proxy classes (`Excel.Worksheet` …) and
 * `Excel.run` are then the real ones. The transport to Excel is replaced by one that records the request and
 * fails, so a test can measure what a batch would send, and see which `Excel.run` options the runtime reads.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';

export const RUNTIME_DIR = resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');

/** What Excel on Windows, on the web and on the Mac load from office.js's folder. */
export const RUNTIME_FILES = ['excel-win32-16.01.js', 'excel-web-16.00.js', 'excel-mac-16.00.js'] as const;
export type RuntimeFile = (typeof RUNTIME_FILES)[number];

type Namespace = Record<string, unknown>;

export interface ShippedRuntime {
  readonly file: RuntimeFile;
  /** The runtime's `Excel` namespace: proxy classes, enums, `run`. */
  readonly Excel: Namespace;
  readonly OfficeExtension: Namespace;
  /** The JSON body the runtime would send to Excel for the calls `batch` queues. */
  request(batch: (context: Excel.RequestContext) => void): Promise<string>;
  /** The option names `Excel.run` reads from the options object it is given. */
  runOptionsRead(): Promise<string[]>;
  /**
   * Runs `batch` (code that only writes) with every sync succeeding, as Excel answers a batch of writes:
   * the request body of each sync, in order.
   */
  writes(batch: (context: Excel.RequestContext) => Promise<void>): Promise<string[]>;
}

/** Any property, call or construction gives another such stub: DOM calls at load time go nowhere. */
function anything(): unknown {
  const target = function () {};
  return new Proxy(target, {
    get: (t, key) =>
      key === Symbol.toPrimitive
        ? () => ''
        : key === 'then'
          ? undefined
          : key in t
            ? t[key as 'name']
            : anything(),
    apply: () => anything(),
    construct: () => anything() as object,
  });
}

function browserGlobals(): Namespace {
  const location = {
    href: 'https://localhost:3000/taskpane.html',
    protocol: 'https:',
    hostname: 'localhost',
    search: '',
    hash: '',
  };
  const document = {
    createElement: anything,
    getElementsByTagName: () => [],
    querySelector: () => null,
    documentElement: anything(),
    head: anything(),
    body: anything(),
    addEventListener() {},
    readyState: 'complete',
    cookie: '',
    location,
  };
  const window: Namespace = {
    location,
    document,
    navigator: { userAgent: 'node', language: 'en-US' },
    addEventListener() {},
    removeEventListener() {},
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    console: { log() {}, warn() {}, error() {}, info() {}, debug() {} },
    performance: { now: () => Date.now() },
  };
  window.window = window;
  window.self = window;
  window.top = window;
  window.parent = window;
  return window;
}

const loaded = new Map<RuntimeFile, ShippedRuntime>();

export function loadRuntime(file: RuntimeFile): ShippedRuntime {
  const cached = loaded.get(file);
  if (cached) return cached;
  const sandbox = createContext(browserGlobals());
  runInContext(readFileSync(join(RUNTIME_DIR, file), 'utf8'), sandbox, { filename: file });
  const g = sandbox as Namespace & { Excel: Namespace; OfficeExtension: Namespace; OSF: Namespace };
  let body: string | undefined;
  let bodies: string[] | undefined;
  // The host call every batch ends in: record the request, and fail it (Excel is not there), or answer it
  // as Excel answers a batch of writes (no results).
  (g.OSF.DDA as { RichApi: Namespace }).RichApi.executeRichApiRequestAsync = (...args: unknown[]) => {
    body = (args[0] as unknown[])[4] as string;
    const answer = args.at(-1) as (result: unknown) => void;
    if (bodies) {
      bodies.push(body);
      answer({ status: 'succeeded', value: { data: [200, [], '{"Results":[]}', []] } });
    } else {
      answer({ status: 'failed', error: { code: 5001, message: 'no Excel' } });
    }
  };
  const run = g.Excel.run as (...args: unknown[]) => Promise<unknown>;
  const runtime: ShippedRuntime = {
    file,
    Excel: g.Excel,
    OfficeExtension: g.OfficeExtension,
    async request(batch) {
      body = undefined;
      await run(async (context: Excel.RequestContext) => {
        batch(context);
        await context.sync();
      }).catch(() => undefined);
      if (body === undefined) throw new Error(`${file}: the batch sent no request`);
      return body;
    },
    async writes(batch) {
      bodies = [];
      try {
        await run(batch);
        return bodies;
      } finally {
        bodies = undefined;
      }
    },
    async runOptionsRead() {
      const read: string[] = [];
      const options = new Proxy(
        { delayForCellEdit: true, mergeUndoGroup: true },
        {
          get(target, key, receiver) {
            if (typeof key === 'string') read.push(key);
            return Reflect.get(target, key, receiver) as unknown;
          },
        },
      );
      await run(options, async () => undefined).catch(() => undefined);
      return [...new Set(read)].filter((key) => key !== 'constructor');
    },
  };
  loaded.set(file, runtime);
  return runtime;
}

/** `Worksheet` in the runtime's `Excel` namespace, `OfficeExtension.EventHandlers` in its own. */
function proxyClass(runtime: ShippedRuntime, className: string): { prototype?: object } | undefined {
  const [space, name] = className.startsWith('OfficeExtension.')
    ? [runtime.OfficeExtension, className.slice('OfficeExtension.'.length)]
    : [runtime.Excel, className];
  return space[name] as { prototype?: object } | undefined;
}

/** Every property name on a proxy class's prototype chain, below Object's. */
export function classMembers(runtime: ShippedRuntime, className: string): Set<string> {
  const members = new Set<string>();
  for (
    let p = proxyClass(runtime, className)?.prototype;
    p;
    p = Object.getPrototypeOf(p) as object | undefined
  ) {
    if (Object.getPrototypeOf(p) === null) break;
    for (const name of Object.getOwnPropertyNames(p)) if (name !== 'constructor') members.add(name);
  }
  return members;
}

/**
 * The proxy classes of a runtime: the functions of its `Excel` namespace (and, prefixed, of `OfficeExtension`)
 * with members on their prototype.
 */
export function classNames(runtime: ShippedRuntime): string[] {
  const classesIn = (space: Namespace, prefix: string) =>
    Object.keys(space)
      .filter((name) => {
        const value = space[name];
        if (typeof value !== 'function') return false;
        const prototype = (value as { prototype?: object }).prototype;
        return !!prototype && Object.getOwnPropertyNames(prototype).length > 1;
      })
      .map((name) => `${prefix}${name}`);
  return [...classesIn(runtime.Excel, ''), ...classesIn(runtime.OfficeExtension, 'OfficeExtension.')];
}

/** What all three shipped runtimes have: class → members (sorted). */
export type RuntimeClasses = Readonly<Record<string, readonly string[]>>;

function classesOf(runtimes: readonly ShippedRuntime[]): RuntimeClasses {
  const names = classNames(runtimes[0]).filter((name) => runtimes.every((r) => proxyClass(r, name)));
  return Object.fromEntries(
    names.map((name) => {
      const [first, ...rest] = runtimes.map((r) => classMembers(r, name));
      return [name, [...first].filter((m) => rest.every((s) => s.has(m))).sort()];
    }),
  );
}

/**
 * Cached in the temporary folder by the runtime files' sizes and times (and this file), so the many test
 * files that build a fake Excel do not each load 4 MB of script.
 */
function cached<T>(name: string, compute: () => T): T {
  const key = createHash('sha1')
    .update(
      RUNTIME_FILES.map((f) => {
        const stat = statSync(join(RUNTIME_DIR, f));
        return `${f}:${stat.size}:${stat.mtimeMs}`;
      }).join('|'),
    )
    .update(readFileSync(__filename))
    .digest('hex')
    .slice(0, 16);
  const dir = join(tmpdir(), 'budget-check-office-runtime');
  const file = join(dir, `${name}-${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = compute();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(value));
  return value;
}

/** The proxy classes and members all three shipped runtimes have. */
export function shippedClasses(): RuntimeClasses {
  return cached('classes', () => classesOf(RUNTIME_FILES.map(loadRuntime)));
}
