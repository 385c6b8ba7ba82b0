/** How a row's label reads for matching: no spaces, no `一、` / `1.` / `（一）` numbering. */
import { squash } from '../text';

export function lineLabel(label: string): string {
  return squash(label).replace(
    /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/,
    '',
  );
}
