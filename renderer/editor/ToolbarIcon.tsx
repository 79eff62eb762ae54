// Small line icons for the editor toolbar, drawn in the text colour. Decorative: the buttons carry the names.

const PATHS = {
  undo: 'M6 4 3 7l3 3M3.5 7H10a3.5 3.5 0 0 1 0 7H7',
  redo: 'M10 4l3 3-3 3M12.5 7H6a3.5 3.5 0 0 0 0 7h3',
  bulletList: 'M6.5 4h7M6.5 8h7M6.5 12h7M3 4h.01M3 8h.01M3 12h.01',
  orderedList: 'M7 4h6.5M7 8h6.5M7 12h6.5M2.5 3l1-.5V6M2.5 9.5h1.8L2.5 12h2',
  quote: 'M3 5h3.5v3.5H4.5L3 11M9.5 5H13v3.5h-2L9.5 11',
  link: 'M7 9.5a2.5 2.5 0 0 0 3.5 0l2.2-2.2a2.5 2.5 0 0 0-3.5-3.5L8.5 4.5M9 6.5a2.5 2.5 0 0 0-3.5 0L3.3 8.7a2.5 2.5 0 0 0 3.5 3.5l.7-.7',
  image: 'M2.5 3.5h11v9h-11zM2.5 10.5l3-3 3 3 2-2 3 3M10.5 6.2h.01',
  table: 'M2.5 3.5h11v9h-11zM2.5 6.5h11M2.5 9.5h11M6.5 3.5v9M10 3.5v9',
  find: 'M7 11.5a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zM10.3 10.3 13.5 13.5',
  rowAbove: 'M2.5 8.5h11v4h-11zM8 2.5v4M6 4.5h4',
  rowBelow: 'M2.5 3.5h11v4h-11zM8 9.5v4M6 11.5h4',
  deleteRow: 'M2.5 5.5h11v5h-11zM6 8h4',
  columnBefore: 'M8.5 2.5h4v11h-4zM2.5 8h4M4.5 6v4',
  columnAfter: 'M3.5 2.5h4v11h-4zM9.5 8h4M11.5 6v4',
  deleteColumn: 'M5.5 2.5h5v11h-5zM8 6v4',
  headerRow: 'M2.5 3.5h11v9h-11zM2.5 6.5h11M3.5 5h9',
  deleteTable: 'M2.5 3.5h11v9h-11zM6 6.5l4 4M10 6.5l-4 4',
  versions: 'M8 4.5V8l2.5 1.5M8 13.5a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11z',
} as const;

export type ToolbarIconName = keyof typeof PATHS;

// Icons whose drawing points along the line of text; a right-to-left interface shows them mirrored.
const MIRRORED: ReadonlySet<ToolbarIconName> = new Set([
  'undo',
  'redo',
  'bulletList',
  'quote',
  'columnBefore',
  'columnAfter',
]);

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg
      className={MIRRORED.has(name) ? 'toolbar-icon flip-in-rtl' : 'toolbar-icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
