/** The explanation (第三部分): a draft from the tables, and a check of a text against them. */
export { draftNarrative } from './draft';
export { checkNarrative, type FigureCheck, type FigureStatus, type NarrativeCheck } from './check';
export { narrativeFromWorkbook, narrativeInputs, type NarrativeInputs } from './inputs';
export type { SectionKey } from './sections';
export { percent, wan } from './style';
