// Compares two texts of a briefing (a saved version and the current text) paragraph by paragraph, and
// word by word inside paragraphs that changed. Pure.

import { diffArrays } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export type ParagraphDiff = { kind: DiffKind; text: string } | { kind: 'changed'; parts: DiffPart[] };

export interface TextDiff {
  paragraphs: ParagraphDiff[];
  wordsAdded: number;
  wordsRemoved: number;
}

/** Paragraphs sharing less than this share of their words are shown as one removed and one added. */
const SIMILAR_ENOUGH = 0.4;

interface Step<T> {
  kind: DiffKind;
  item: T;
}

/**
 * The steps that turn `a` into `b`: kept, removed from `a`, added from `b`, in order. Myers' diff (the `diff`
 * package) costs time in proportion to the length times the number of changes, so a 2,000-paragraph briefing
 * with three edits shows three changes, in about a millisecond.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): Step<T>[] {
  const steps: Step<T>[] = [];
  for (const change of diffArrays([...a], [...b])) {
    const kind: DiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const item of change.value) steps.push({ kind, item });
  }
  return steps;
}

/**
 * Words, each with the spaces after it, so that joining the tokens gives the text back and a change
 * reads as whole words rather than words and spaces interleaved.
 */
export function tokenize(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

function countWords(text: string): number {
  return tokenize(text).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Word-level diff of two paragraphs, adjacent parts of one kind merged. Words are compared without the
 * spaces after them, so a doubled space does not turn an unchanged word into a change.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const oldTokens = tokenize(before);
  const newTokens = tokenize(after);
  const key = (token: string) => token.trimEnd() || token;
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const step of diffSequences(oldTokens.map(key), newTokens.map(key))) {
    // A kept word is shown as it is now, with its current spacing.
    const text = step.kind === 'removed' ? oldTokens[i++] : newTokens[j++];
    if (step.kind === 'same') i++;
    const last = parts.at(-1);
    if (last && last.kind === step.kind) last.text += text ?? '';
    else parts.push({ kind: step.kind, text: text ?? '' });
  }
  return parts;
}

function similarity(parts: readonly DiffPart[]): number {
  let same = 0;
  let total = 0;
  for (const part of parts) {
    const words = countWords(part.text);
    total += words;
    if (part.kind === 'same') same += words * 2;
  }
  return total === 0 ? 1 : same / total;
}

/** Paragraph-by-paragraph diff of two plain texts (one paragraph a line), with word counts. */
export function diffTexts(before: string, after: string): TextDiff {
  const steps = diffSequences(before.split('\n'), after.split('\n'));
  const paragraphs: ParagraphDiff[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  const flush = (removed: string[], added: string[]) => {
    const paired = Math.min(removed.length, added.length);
    for (let index = 0; index < Math.max(removed.length, added.length); index++) {
      const old = removed[index];
      const next = added[index];
      if (index < paired && old !== undefined && next !== undefined) {
        const parts = diffWords(old, next);
        if (similarity(parts) >= SIMILAR_ENOUGH) {
          paragraphs.push({ kind: 'changed', parts });
          for (const part of parts) {
            if (part.kind === 'added') wordsAdded += countWords(part.text);
            if (part.kind === 'removed') wordsRemoved += countWords(part.text);
          }
          continue;
        }
      }
      if (old !== undefined) {
        paragraphs.push({ kind: 'removed', text: old });
        wordsRemoved += countWords(old);
      }
      if (next !== undefined) {
        paragraphs.push({ kind: 'added', text: next });
        wordsAdded += countWords(next);
      }
    }
  };
  let removed: string[] = [];
  let added: string[] = [];
  for (const step of steps) {
    if (step.kind === 'removed') removed.push(step.item);
    else if (step.kind === 'added') added.push(step.item);
    else {
      flush(removed, added);
      removed = [];
      added = [];
      paragraphs.push({ kind: 'same', text: step.item });
    }
  }
  flush(removed, added);
  return { paragraphs, wordsAdded, wordsRemoved };
}

export type ShownParagraph = ParagraphDiff | { kind: 'gap'; count: number };

/**
 * Keeps `context` unchanged paragraphs around each change and folds longer unchanged runs into one gap,
 * so a long briefing shows where it changed. With no change at all, everything is shown.
 */
export function foldUnchanged(paragraphs: readonly ParagraphDiff[], context = 1): ShownParagraph[] {
  const changed = paragraphs.map((paragraph) => paragraph.kind !== 'same');
  if (!changed.includes(true)) return [...paragraphs];
  const keep = paragraphs.map((_, index) => {
    for (let offset = -context; offset <= context; offset++) if (changed[index + offset]) return true;
    return false;
  });
  const shown: ShownParagraph[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (keep[index]) {
      shown.push(paragraph);
      return;
    }
    const last = shown.at(-1);
    if (last?.kind === 'gap') last.count += 1;
    else shown.push({ kind: 'gap', count: 1 });
  });
  return shown;
}
