import type { HighlightRange } from '../../shared/search';

/** Text with its matching words in <mark>, built from ranges, never from HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ mark: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((part, position) =>
        typeof part === 'string' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder
          <span key={position}>{part}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts never reorder
          <mark key={position}>{part.mark}</mark>
        ),
      )}
    </>
  );
}
