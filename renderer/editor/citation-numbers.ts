// Citation numbers as the reader sees them: sources numbered by first appearance in document order,
// a source cited again keeping its number. The same rule as `citationNumbers` in shared/model, applied to
// the editor's citations as they are met.

/** The number of each citation, given the source ids of the citations in document order. */
export function numberCitations(sourceIdsInOrder: readonly string[]): number[] {
  const numbers = new Map<string, number>();
  return sourceIdsInOrder.map((sourceId) => {
    let number = numbers.get(sourceId);
    if (number === undefined) {
      number = numbers.size + 1;
      numbers.set(sourceId, number);
    }
    return number;
  });
}

/** What the citation says on hover: "[2] Source title — Outlet, B2, TLP:AMBER". */
export function citationTooltip(
  number: number,
  source: { title: string; detail: string } | undefined,
): string {
  if (!source) return `[${number}] This source is not in the dossier any more.`;
  return source.detail ? `[${number}] ${source.title} — ${source.detail}` : `[${number}] ${source.title}`;
}
