/**
 * `--narrative` prints a draft of the explanation (第三部分) from the tables; `--narrative-check 说明.txt`
 * checks a text's figures against them and lists each mismatch with its sentence.
 */
import { promises as fs } from 'fs';
import { checkNarrative, draftNarrative, type NarrativeInputs } from '../engine/narrative';
import { decodeText } from '../engine/shares';
import { fsProblem } from './inputs';
import type { Io } from './io';
import { shownName } from './shown';

export { decodeText };

export async function readTextFile(file: string, io: Io): Promise<string | undefined> {
  try {
    return decodeText(await fs.readFile(file));
  } catch (error) {
    io.err(`无法读取 ${shownName(file)}：${fsProblem(error)}`);
    return undefined;
  }
}

export function printDraft(file: string, inputs: NarrativeInputs, format: 'text' | 'json', io: Io): number {
  const narrative = draftNarrative(inputs);
  io.out(format === 'json' ? JSON.stringify({ file, narrative }) : narrative);
  return 0;
}

/** 0 when every figure the tables state is right, 1 when one is not. */
export function printNarrativeCheck(
  file: string,
  textFile: string,
  text: string,
  inputs: NarrativeInputs,
  format: 'text' | 'json',
  io: Io,
): number {
  const result = checkNarrative(text, inputs);
  if (format === 'json') {
    io.out(JSON.stringify({ file, narrative: textFile, ...result }));
  } else {
    const { ok, mismatch, unchecked } = result.summary;
    io.out(
      `核对情况说明 ${shownName(textFile)}（依据 ${shownName(file)}）：${ok} 处相符，${mismatch} 处不符，${unchecked} 处表中没有对应数字。`,
    );
    for (const m of result.mismatches) io.out(`不符：${m.message}\n  句子：${m.sentence}`);
    if (!inputs.lastYear && result.figures.some((f) => f.message.includes('没有上年数'))) {
      io.out('同比增减没有核对：请用 --last-year 给出上年预算数，或在工作簿中加一张“上年预算数”表。');
    }
  }
  return result.summary.mismatch > 0 ? 1 : 0;
}
