import { useMemo, useState } from 'react';
import { formatGrading, type Source } from '../../shared/model';
import { Dialog } from '../components/Dialog';
import { GradingBadge } from '../components/GradingBadge';
import { MarkingBadge } from '../components/MarkingBadge';
import { useT } from '../i18n';
import { formatDay } from '../i18n/format';
import { foldCase } from './find-matches';

interface CiteSourceDialogProps {
  sources: readonly Source[];
  /** Numbers of the sources the briefing already cites. */
  citationNumbers: ReadonlyMap<string, number>;
  onCite(sourceId: string): void;
  onClose(): void;
}

function matches(source: Source, words: string[]): boolean {
  const text = foldCase(
    [source.title, source.outlet, source.author, formatGrading(source.grading)].join(' '),
  );
  return words.every((word) => text.includes(word));
}

/** Chooses a source of the dossier to cite at the cursor; searchable, with grading and marking. */
export function CiteSourceDialog({ sources, citationNumbers, onCite, onClose }: CiteSourceDialogProps) {
  const t = useT('editor');
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const words = foldCase(search).split(/\s+/).filter(Boolean);
    return sources.filter((source) => matches(source, words));
  }, [sources, search]);

  return (
    <Dialog title={t('citeSource')} onClose={onClose} wide>
      {sources.length === 0 ? (
        <p className="muted">{t('citeNoSources')}</p>
      ) : (
        <div className="cite-dialog">
          <input
            type="search"
            aria-label={t('searchSources')}
            placeholder={t('searchSourcesPlaceholder')}
            autoFocus
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && shown[0]) {
                event.preventDefault();
                onCite(shown[0].id);
              }
            }}
          />
          {shown.length === 0 ? (
            <p className="muted">{t('noSourceMatches', { search })}</p>
          ) : (
            <ul className="cite-list" aria-label={t('sources')}>
              {shown.map((source) => {
                const number = citationNumbers.get(source.id);
                return (
                  <li key={source.id}>
                    <button
                      type="button"
                      className="cite-option"
                      aria-label={t('citeNamed', { title: source.title })}
                      onClick={() => onCite(source.id)}
                    >
                      <span className="cite-option-main">
                        <span className="cite-option-title" dir="auto">
                          {source.title}
                        </span>
                        <span className="cite-option-meta" dir="auto">
                          {[source.outlet, source.author, source.publishedAt && formatDay(source.publishedAt)]
                            .filter(Boolean)
                            .join(' · ') || t('noOutlet')}
                        </span>
                      </span>
                      {number !== undefined && (
                        <span className="cite-option-number" title={t('alreadyCited', { number })}>
                          [{number}]
                        </span>
                      )}
                      <GradingBadge grading={source.grading} />
                      <MarkingBadge marking={source.marking} />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </Dialog>
  );
}
