/**
 * 上年数: last year's disclosure workbook (or a text file of last year's figures), picked from disk and read
 * here — nothing leaves the machine — for the draft's and the check's 比上年增加/减少. Lines are matched to
 * this year's by role, code and name (engine/shares/last-year-workbook.ts).
 */
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Tables } from '../../engine/instances';
import {
  decodeText,
  isZip,
  lastYearFromText,
  lastYearFromWorkbook,
  type LastYear,
} from '../../engine/shares';
import { useStrings } from '../strings-context';
import { fillMoreStrings } from './fill-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { display: 'none' },
});

/** Last year's figures from a file's bytes: an .xlsx read with the ExcelJS adapter (loaded on first use), or text. */
export async function lastYearFromFile(
  bytes: Uint8Array,
  name: string,
  thisYear: Tables,
): Promise<LastYear | undefined> {
  if (!isZip(bytes)) {
    const found = lastYearFromText(decodeText(bytes));
    return Object.keys(found.figures).length > 0 ? { ...found, sheet: name } : undefined;
  }
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx-reader" */ '../../hosts/xlsx/read');
  const found = lastYearFromWorkbook(await readWorkbook(bytes, name), thisYear);
  return found && Object.keys(found.figures).length > 0 ? { ...found, sheet: name } : undefined;
}

export interface LastYearPickerProps {
  readonly lastYear?: LastYear;
  readonly thisYear: () => Promise<Tables>;
  readonly busy: boolean;
  readonly onChange: (lastYear: LastYear | undefined) => void;
  readonly onError: (error: unknown) => void;
}

export function LastYearPicker({ lastYear, thisYear, busy, onChange, onError }: LastYearPickerProps) {
  const more = fillMoreStrings(useStrings());
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState<string>();

  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      const found = await lastYearFromFile(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
        await thisYear(),
      );
      setMissing(found ? undefined : file.name);
      onChange(found);
    } catch (error) {
      onError(error);
    } finally {
      // The same file picked again is read again.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className={styles.root} aria-label={more.lastYearHeading} data-last-year-picker>
      <Subtitle2 as="h2">{more.lastYearHeading}</Subtitle2>
      <Caption1>{more.lastYearHint}</Caption1>
      <div className={styles.actions}>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,.xlsm,.txt,.tsv"
          aria-label={more.pickLastYear}
          data-last-year-input
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {more.pickLastYear}
        </Button>
        {lastYear && (
          <Button disabled={busy} onClick={() => onChange(undefined)}>
            {more.dropLastYear}
          </Button>
        )}
      </div>
      <Caption1 role="status" data-last-year={lastYear ? Object.keys(lastYear.figures).length : 0}>
        {lastYear
          ? more.lastYearLoaded(lastYear.sheet, lastYear.year, Object.keys(lastYear.figures).length)
          : missing
            ? more.lastYearMissing(missing)
            : more.lastYearInWorkbook}
      </Caption1>
    </section>
  );
}
