// The one rule for a heading's printed number, as the templates' Word numbering shows it: "1.", "1.1",
// "1.1.1", a lower level restarting under each higher one. The contents entries and the print view use it.

export type HeadingNumberer = (level: 1 | 2 | 3) => string;

/** Numbers headings met in document order. */
export function headingNumberer(): HeadingNumberer {
  const counters = [0, 0, 0];
  return (level) => {
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    counters.fill(0, level);
    const number = counters.slice(0, level).join('.');
    return level === 1 ? `${number}.` : number;
  };
}
