// Sorting for the dossier's lists: which column, which direction, and the aria-sort the header shows.

import { useMemo, useState } from 'react';

export type SortDirection = 'ascending' | 'descending';

export function useSorted<T, K extends string>(
  rows: readonly T[],
  keys: Record<K, (row: T) => string | number>,
  initial: NoInfer<K>,
  initialDirection: SortDirection = 'ascending',
) {
  const [sortKey, setSortKey] = useState<K>(initial);
  const [direction, setDirection] = useState<SortDirection>(initialDirection);
  const sorted = useMemo(() => {
    const value = keys[sortKey];
    const factor = direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const left = value(a);
      const right = value(b);
      const order =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : String(left).localeCompare(String(right));
      return order * factor;
    });
  }, [rows, keys, sortKey, direction]);
  const sortBy = (key: K) => {
    if (key === sortKey) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSortKey(key);
      setDirection('ascending');
    }
  };
  const ariaSort = (key: K) => (key === sortKey ? direction : 'none');
  return { sorted, sortBy, ariaSort, sortKey, direction };
}
