/**
 * Checks an explanation against the tables: every amount, percentage and (where the tables can count it)
 * number of projects or units is matched to the figure it states, by the part of the text it is in and the
 * words right before it. 占…% is the share of the amount before it; 比上年减少…/下降…% is the change of the
 * sentence's first figure that has one (收入总计, 一般公共预算当年支出, 机关运行经费, "三公"…); 与上年…相同 says
 * that change is nil. A figure no table states (政府采购, the split by kind of project) is listed as unchecked.
 */
import type Decimal from 'decimal.js';
import type { Change } from '../shares';
import { squash } from '../text';
import { factsOf, type Fact } from './facts';
import type { NarrativeInputs } from './inputs';
import { sentences, type SectionKey, type Sentence } from './sections';
import { percent, states, tokens, wan, type Token } from './style';

export type FigureStatus = 'ok' | 'mismatch' | 'unchecked';

/** What one figure of the text was found to be. */
export interface Verdict {
  readonly status: FigureStatus;
  /** One Chinese sentence. */
  readonly message: string;
  /** Which table figure it was matched to. */
  readonly what?: string;
  /** The same in English, for the pane's labels (the explanation and `expected` stay Chinese). */
  readonly whatEn?: string;
  /** What the tables say it should state, in the draft's style. */
  readonly expected?: string;
}

export interface FigureCheck extends Verdict {
  /** As written: `5,670.31万元`, `80.11%`, `与上年预算数相同`. */
  readonly text: string;
  /** The sentence it is in. */
  readonly sentence: string;
  /** Offset of `text` in the explanation. */
  readonly offset: number;
  readonly section?: SectionKey;
}

export interface NarrativeCheck {
  readonly figures: readonly FigureCheck[];
  readonly mismatches: readonly FigureCheck[];
  readonly summary: { readonly ok: number; readonly mismatch: number; readonly unchecked: number };
}

const CHANGE = /(减少|增加|下降|增长|上升)了?$/;
const SHARE = /占[^，。；]*$/;
const SAME = /与(上年|\d{4}年)(预算数?)?相同|持平/;

function changeText(change: Change): string {
  if (change.direction === 'same') return '与上年相同';
  const [more, rate] = change.direction === 'down' ? ['减少', '下降'] : ['增加', '增长'];
  const pct = change.percent ? `，${rate}${percent(change.percent)}` : '';
  return `比上年${more}${wan(change.change.abs())}${pct}`;
}

export function checkNarrative(text: string, inputs: NarrativeInputs): NarrativeCheck {
  const facts = factsOf(inputs.tables, inputs.lastYear);
  const figures = sentences(text).flatMap((s) => checkSentence(s, facts));
  const count = (s: FigureStatus) => figures.filter((f) => f.status === s).length;
  return {
    figures,
    mismatches: figures.filter((f) => f.status === 'mismatch'),
    summary: { ok: count('ok'), mismatch: count('mismatch'), unchecked: count('unchecked') },
  };
}

/** The figures of one sentence, in order; `previous` and `subject` carry what 占 and 比上年 refer to. */
function checkSentence(sentence: Sentence, facts: readonly Fact[]): FigureCheck[] {
  const words = squash(sentence.text);
  const candidates = (kind: Fact['kind'], lead: string) =>
    facts.filter(
      (f) =>
        f.kind === kind &&
        (sentence.section === undefined || f.sections.includes(sentence.section)) &&
        f.lead.test(lead) &&
        !f.exclude?.test(words),
    );
  const out: FigureCheck[] = [];
  const place = (text: string, start: number, verdict: Verdict) =>
    out.push({
      text,
      sentence: sentence.text,
      offset: sentence.start + start,
      ...(sentence.section ? { section: sentence.section } : {}),
      ...verdict,
    });
  let previous: Fact | undefined;
  let subject: Fact | undefined;
  let end = 0;

  for (const token of tokens(sentence.text)) {
    const lead = squash(sentence.text.slice(end, token.start)).replace(/^[，,：:、]+/, '');
    end = token.end;
    if (token.kind === 'count') {
      const found = candidates('count', lead);
      // Counts of things the tables do not list (处, 单位 without a table) are not figures to check.
      if (found.length > 0)
        place(
          token.text,
          token.start,
          matchFact(token, found, (v) => v.toString()),
        );
    } else if (token.kind === 'percent' && SHARE.test(lead)) {
      place(token.text, token.start, checkShare(token, previous));
    } else if (CHANGE.test(lead)) {
      place(token.text, token.start, checkChange(token, lead, subject));
    } else if (token.kind === 'percent') {
      place(token.text, token.start, { status: 'unchecked', message: '不知道这个百分比说的是哪一项。' });
    } else {
      const found = candidates('amount', lead);
      if (found.length === 0) {
        place(token.text, token.start, { status: 'unchecked', message: '表中没有与之对应的数字。' });
        continue;
      }
      previous = found.find((f) => states(token.value, token.decimals, f.value, f.tolerance)) ?? found[0];
      if (!subject && previous.change) subject = previous;
      place(token.text, token.start, matchFact(token, found, wan));
    }
  }

  const same = SAME.exec(sentence.text);
  if (same && subject?.change) place(same[0], same.index, checkSame(same[0], subject, subject.change));
  return out;
}

/** What a verdict is about, in both languages; `zh` and `en` name a figure drawn from it (its share, its change). */
function whatOf(fact: Fact, zh = '', en = ''): Pick<Verdict, 'what' | 'whatEn'> {
  return { what: `${fact.what}${zh}`, whatEn: `${fact.whatEn}${en}` };
}

function matchFact(token: Token, found: readonly Fact[], show: (v: Decimal) => string): Verdict {
  const match = found.find((f) => states(token.value, token.decimals, f.value, f.tolerance));
  if (match) return { status: 'ok', ...whatOf(match), message: `${match.what}：${show(match.value)}` };
  const [fact] = found;
  return {
    status: 'mismatch',
    ...whatOf(fact),
    expected: show(fact.value),
    message: `写的是 ${token.text}，${fact.what}为 ${show(fact.value)}。`,
  };
}

function checkShare(token: Token, of: Fact | undefined): Verdict {
  const share = of?.share;
  if (!of || !share) return { status: 'unchecked', message: '表中没有与之对应的占比。' };
  const named = whatOf(of, '占比', ' share');
  // Either rounding is right: each share half-up, or the set apportioned to 100.00%.
  if (
    states(token.value, token.decimals, share.percent) ||
    states(token.value, token.decimals, share.adjusted)
  ) {
    return { status: 'ok', ...named, message: `${named.what} ${percent(share.percent)}` };
  }
  return {
    status: 'mismatch',
    ...named,
    expected: percent(share.percent),
    message: `写的是 ${token.text}，按表中数据${named.what}为 ${percent(share.percent)}。`,
  };
}

/** A change amount (比上年减少167.79万元) or percentage (下降2.87%) of the sentence's subject. */
function checkChange(token: Token, lead: string, subject: Fact | undefined): Verdict {
  const change = subject?.change;
  if (!subject || !change) return { status: 'unchecked', message: '没有上年数，无法核对增减。' };
  const isAmount = token.kind === 'amount';
  const named = isAmount
    ? whatOf(subject, '比上年增减额', ' change on last year')
    : whatOf(subject, '比上年增减幅度', ' percentage change on last year');
  const expected: Decimal | undefined = isAmount ? change.change.abs() : change.percent;
  const way = /减少|下降/.test(lead) ? 'down' : 'up';
  if (
    expected &&
    (change.direction === 'same' || change.direction === way) &&
    states(token.value, token.decimals, expected)
  ) {
    return { status: 'ok', ...named, message: `${named.what}：${(isAmount ? wan : percent)(expected)}` };
  }
  return {
    status: 'mismatch',
    ...named,
    expected: changeText(change),
    message: `写的是“${lead}${token.text}”，按表中数据和上年数，${subject.what}${changeText(change)}。`,
  };
}

function checkSame(written: string, subject: Fact, change: Change): Verdict {
  if (change.direction === 'same')
    return { status: 'ok', ...whatOf(subject), message: `${subject.what}与上年相同` };
  return {
    status: 'mismatch',
    ...whatOf(subject),
    expected: changeText(change),
    message: `写的是“${written}”，${subject.what}${changeText(change)}。`,
  };
}
