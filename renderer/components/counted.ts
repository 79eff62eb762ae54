// A count with its noun, "1 source" or "3 sources": the one place the interface words a number of things,
// until the interface's languages bring plural rules per language.

export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
