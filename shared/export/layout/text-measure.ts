// How wide text is and how tall its lines are, from the fonts' own metrics (font-metrics.generated.ts) rather
// than from any font installed: Arial and Times New Roman as their metric-compatible Liberation faces, other
// fonts as the nearer of the two, since the app and the CLI run where no font can be counted on.

import { FONT_METRICS, WIDTH_RANGES } from './font-metrics.generated';

export interface FontFace {
  readonly family: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

interface FaceMetrics {
  readonly unitsPerEm: number;
  readonly winAscent: number;
  readonly winDescent: number;
  readonly hheaAscent: number;
  readonly hheaDescent: number;
  readonly lineGap: number;
  readonly widths: readonly string[];
}

/** A face's widths, one per code point from 0 to the last one the tables hold, in ems (NaN: no glyph). */
interface MeasuredFace {
  readonly widths: Float64Array;
  /** An average letter's width, for characters the tables lack. */
  readonly fallback: number;
  /** Ascent, descent and line gap (hhea), in ems: one line of single spacing as LibreOffice sets it. */
  readonly lineHeight: number;
}

const LAST = Math.max(...WIDTH_RANGES.map(([, last]) => last));
const faces = new Map<string, MeasuredFace>();

const SERIF = /times|serif|garamond|georgia|cambria|book|minion|palatino/i;

function familyMetrics(family: string): (typeof FONT_METRICS)[keyof typeof FONT_METRICS] {
  if (family in FONT_METRICS) return FONT_METRICS[family as keyof typeof FONT_METRICS];
  return SERIF.test(family) ? FONT_METRICS['Times New Roman'] : FONT_METRICS.Arial;
}

function measuredFace({ family, bold, italic }: FontFace): MeasuredFace {
  const key = `${family}|${bold ? 1 : 0}${italic ? 1 : 0}`;
  const known = faces.get(key);
  if (known) return known;
  const metrics = familyMetrics(family);
  const face: FaceMetrics = bold
    ? italic
      ? metrics.boldItalic
      : metrics.bold
    : italic
      ? metrics.italic
      : metrics.regular;
  const widths = new Float64Array(LAST + 1).fill(Number.NaN);
  WIDTH_RANGES.forEach(([first], row) => {
    (face.widths[row] ?? '').split(',').forEach((value, offset) => {
      const units = Number(value);
      if (units >= 0) widths[first + offset] = units / face.unitsPerEm;
    });
  });
  const measured = {
    widths,
    fallback: widths[0x6e] ?? 0.55,
    lineHeight: (face.hheaAscent + face.hheaDescent + face.lineGap) / face.unitsPerEm,
  };
  faces.set(key, measured);
  return measured;
}

/** A face's advance widths in ems by code point (NaN where the tables have none), and its average letter. */
export function faceWidths(face: FontFace): { readonly widths: Float64Array; readonly fallback: number } {
  return measuredFace(face);
}

/** The width of `text` in the face at `size` points, in points. */
export function textWidth(text: string, face: FontFace, size: number): number {
  const { widths, fallback } = measuredFace(face);
  let ems = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const width = code <= LAST ? (widths[code] as number) : Number.NaN;
    ems += Number.isNaN(width) ? fallback : width;
  }
  return ems * size;
}

/** One line of single spacing in the face at `size` points, in points. */
export function singleLineHeight(face: FontFace, size: number): number {
  return measuredFace(face).lineHeight * size;
}
