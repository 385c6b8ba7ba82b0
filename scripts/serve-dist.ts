/**
 * dist/ on this machine: a tiny static server on 127.0.0.1 and Debian's Chromium driven by playwright-core
 * (never a downloaded browser), for the browser test and the benchmark over plain http, which is all a page
 * outside Office needs; and `npm run serve:dist [-- [--http] [port]]` for a quick trial, over https on
 * https://localhost:3000/ by default, where dist/manifest.xml of a build without a base URL points.
 */
import { X509Certificate } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const DIST = resolve(__dirname, '../dist');

export interface DistServer {
  /** `http://127.0.0.1:PORT/`, or `https://localhost:PORT/` with a certificate. */
  readonly url: string;
  close(): Promise<void>;
}

/** A PEM key and certificate for https. */
export interface Tls {
  readonly key: Buffer;
  readonly cert: Buffer;
}

export function serveDist(root = DIST, port = 0, tls?: Tls): Promise<DistServer> {
  const serve: RequestListener = (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}taskpane.html` : path);
    const size = file.startsWith(root + sep) ? fileSize(file) : undefined;
    if (size === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    createReadStream(file).pipe(response);
  };
  const server = tls ? createHttpsServer(tls, serve) : createServer(serve);
  return new Promise((ready) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      ready({
        // The certificate names localhost (and 127.0.0.1); Office's add-in URLs say localhost.
        url: tls ? `https://localhost:${bound}/` : `http://127.0.0.1:${bound}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    }),
  );
}

function fileSize(file: string): number | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

export const CHROMIUM = '/usr/bin/chromium';

export interface Chromium {
  readonly context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** Headless, offline, with a fresh profile. */
export async function launchChromium(options: {
  locale?: string;
  viewport?: { width: number; height: number };
}): Promise<Chromium> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'pane-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/**
 * The localhost certificate office-addin-dev-certs keeps in ~/.office-addin-dev-certs, shared with the dev
 * server, and made there when missing (its CA is trusted only once installed: README, 内网部署).
 */
async function devCertificate(): Promise<Tls> {
  const { localhostCertificatePath, localhostKeyPath } = await import('office-addin-dev-certs/lib/defaults');
  if (!existsSync(localhostCertificatePath)) {
    const { generateCertificates } = await import('office-addin-dev-certs');
    await generateCertificates();
  }
  const cert = readFileSync(localhostCertificatePath);
  const expires = new Date(new X509Certificate(cert).validTo);
  if (expires < new Date())
    console.warn(
      `The certificate ${localhostCertificatePath} expired on ${expires.toISOString().slice(0, 10)}: ` +
        'delete ~/.office-addin-dev-certs and run again to make a new one.',
    );
  return { key: readFileSync(localhostKeyPath), cert };
}

async function main(args: readonly string[]): Promise<void> {
  if (!existsSync(join(DIST, 'taskpane.html')))
    throw new Error('dist/ is not built: run `npm run build` first.');
  const port = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3000);
  const tls = args.includes('--http') ? undefined : await devCertificate();
  const { url } = await serveDist(DIST, port, tls);
  console.log(`dist/ on ${url}taskpane.html (Ctrl+C to stop)`);
  if (tls) console.log('dist/manifest.xml built without a base URL points at https://localhost:3000/.');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
