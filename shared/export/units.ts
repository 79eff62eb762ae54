// Unit conversions between what templates and the editor use (millimetres, points, CSS pixels) and what
// Word stores (twips, half-points, eighths of a point), so no other module multiplies by a magic number.

/** Twips (twentieths of a point) in one millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
/** Twips in one CSS pixel: the editor's pixels are 96 to the inch, as Word's image sizes are. */
export const TWIPS_PER_PX = 15;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Word stores type sizes in half-points. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

export function twipsToPx(twips: number): number {
  return Math.floor(twips / TWIPS_PER_PX);
}

/** `#1F3864` → `1F3864`, as Word writes colours. */
export function wordColor(hex: string): string {
  return hex.replace(/^#/, '').toUpperCase();
}

/** Paper sizes in twips, portrait. */
export const PAPER_SIZES = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const;
