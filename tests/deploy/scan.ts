/**
 * What a built dist/ would fetch from elsewhere: every `src`, `href` and `url()` in its pages and styles, and
 * every absolute URL written in its own scripts. The deploy test holds the result against the base URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface Reference {
  /** The file it is in, relative to the build, with `/`. */
  readonly file: string;
  readonly url: string;
}

/** Where a build's own files are, all but office.js's runtime (vendored from Microsoft; see the test). */
export function builtFiles(dir: string, extensions: readonly string[]): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => file.split(sep).join('/'))
    .filter((file) => !file.startsWith('office-js/') && extensions.some((ext) => file.endsWith(ext)))
    .sort();
}

/** `src="…"`, `href='…'`, `src=…` and `url(…)`, quoted or not. */
const LOADS = [
  /\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi,
  /\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\)/gi,
];

/** Everything the pages and style sheets (.html, .css) load or link to. */
export function pageReferences(dir: string): Reference[] {
  return builtFiles(dir, ['.html', '.css']).flatMap((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    return LOADS.flatMap((pattern) =>
      [...text.matchAll(pattern)].map((m) => ({ file, url: (m[1] ?? m[2] ?? m[3]).trim() })),
    );
  });
}

/** Absolute (`https://…`) and scheme-relative (`"//host…`) URLs in the scripts' text. */
export function scriptUrls(dir: string): Reference[] {
  return builtFiles(dir, ['.js']).flatMap((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const absolute = [...text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)].map((m) => m[0]);
    const schemeRelative = [...text.matchAll(/["'`](\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`]*)/gi)].map(
      (m) => m[1],
    );
    return [...absolute, ...schemeRelative].map((url) => ({ file, url }));
  });
}

/** Relative to the page (so on the add-in's own host), inline data, or under `base`. */
export function staysHome(url: string, base: string): boolean {
  if (url.startsWith(base) || url.startsWith('data:')) return true;
  return !url.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}
