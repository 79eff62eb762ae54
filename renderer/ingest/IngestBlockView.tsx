import type { IngestBlock, IngestListBlock, IngestRun } from '../../shared/ingest/material';

function Runs({ text, runs }: { text: string; runs?: readonly IngestRun[] | undefined }) {
  if (!runs?.length) return <>{text}</>;
  return (
    <>
      {runs.map((run, index) => {
        // Links are shown, not followed: the preview is for reading, and a click must not leave the app.
        let node = <>{run.text}</>;
        if (run.href)
          node = (
            <span className="ingest-link" title={run.href}>
              {node}
            </span>
          );
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity but their order
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

function ListView({ list }: { list: IngestListBlock }) {
  const items = list.items.map((item, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their order
    <li key={index}>
      <Runs text={item.text} runs={item.runs} />
      {item.children && <ListView list={item.children} />}
    </li>
  ));
  return list.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

/** One block of ingested material as it will read in the source: heading, paragraph, list, table, quote. */
export function IngestBlockView({ block }: { block: IngestBlock }) {
  switch (block.kind) {
    case 'heading':
      return (
        <p className={`ingest-heading ingest-heading-${block.level}`} dir="auto">
          {block.text}
        </p>
      );
    case 'paragraph':
      return (
        <p className={block.caption ? 'ingest-paragraph ingest-caption' : 'ingest-paragraph'} dir="auto">
          <Runs text={block.text} runs={block.runs} />
        </p>
      );
    case 'quote':
      return (
        <blockquote className="ingest-quote" dir="auto">
          {block.text}
        </blockquote>
      );
    case 'list':
      return <ListView list={block} />;
    case 'table': {
      const [first, ...rest] = block.rows;
      const body = block.header ? rest : block.rows;
      return (
        <table className="ingest-table">
          {block.header && first && (
            <thead>
              <tr>
                {first.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but their column
                  <th key={index} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {body.map((row, rowIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their order
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but their column
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}
