import type { SortDirection } from './use-sorted';

interface SortHeaderProps {
  label: string;
  sort: SortDirection | 'none';
  onSort(): void;
}

/** A column header that sorts its table; screen readers hear the current order through aria-sort. */
export function SortHeader({ label, sort, onSort }: SortHeaderProps) {
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}
