/** What the browser tests share: where screenshots go, running only where Chromium is, colours as CSS reports them. */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM } from '../../scripts/serve-dist';

/** Screenshots, not committed (tests/output is ignored). */
export const OUTPUT = resolve(__dirname, '../output');

/** `describe`, skipped with a message only where Debian's Chromium is not installed. */
export function describeInChromium(title: string, body: () => void): void {
  if (!existsSync(CHROMIUM)) {
    console.warn(`SKIPPED ${title}: ${CHROMIUM} is missing (apt-get install chromium).`);
    describe.skip(title, body);
    return;
  }
  mkdirSync(OUTPUT, { recursive: true });
  describe(title, body);
}

/** `rgb(255, 199, 206)` for `#FFC7CE`, as getComputedStyle reports colours. */
export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
