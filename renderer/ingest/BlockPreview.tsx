import { useId, useState } from 'react';
import type { ReviewedBlock } from '../../shared/ingest/material';
import { useT } from '../i18n';
import { IngestBlockView } from './IngestBlockView';
import { blockLabelText, excerpt } from './ingest-review';

interface BlockPreviewProps {
  blocks: readonly ReviewedBlock[];
  kept: ReadonlySet<number>;
  onToggle(index: number): void;
}

/**
 * The material as the source will read, block by block: kept blocks as they are, dropped ones greyed
 * with the reason, each with a button to bring it back or drop it.
 */
export function BlockPreview({ blocks, kept, onToggle }: BlockPreviewProps) {
  const t = useT('ingest');
  const headingId = useId();
  const [showDropped, setShowDropped] = useState(true);
  const droppedCount = blocks.length - blocks.filter((block) => kept.has(block.index)).length;
  const shown = showDropped ? blocks : blocks.filter((block) => kept.has(block.index));
  return (
    <section className="ingest-preview" aria-labelledby={headingId}>
      <div className="ingest-preview-header">
        <h3 id={headingId}>{t('preview')}</h3>
        <span className="muted" aria-live="polite">
          {t('keptDropped', { kept: blocks.length - droppedCount, dropped: droppedCount })}
        </span>
        <label className="checkbox push-right">
          <input
            type="checkbox"
            checked={showDropped}
            onChange={(event) => setShowDropped(event.target.checked)}
          />
          {t('showDropped')}
        </label>
      </div>
      <ol className="ingest-blocks" aria-label={t('blocks')}>
        {shown.map((reviewed) => {
          const isKept = kept.has(reviewed.index);
          const what = excerpt(blockLabelText(reviewed.block));
          const reason = isKept
            ? undefined
            : reviewed.dropped
              ? t(`drop-${reviewed.dropped}`)
              : t('droppedByYou');
          return (
            <li
              key={reviewed.index}
              className={isKept ? 'ingest-block' : 'ingest-block ingest-block-dropped'}
              data-kind={reviewed.block.kind}
              data-state={isKept ? 'kept' : 'dropped'}
            >
              <div className="ingest-block-content">
                {reason && <span className="ingest-reason">{t('droppedReason', { reason })}</span>}
                <IngestBlockView block={reviewed.block} />
              </div>
              <div className="ingest-block-side">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={isKept ? t('dropNamed', { what }) : t('bringBackNamed', { what })}
                  onClick={() => onToggle(reviewed.index)}
                >
                  {isKept ? t('drop') : t('bringBack')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
