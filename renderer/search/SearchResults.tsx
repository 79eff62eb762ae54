import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../shared/search';
import { type DossierTab, navigate } from '../app/routes';
import { db } from '../db';
import { useT } from '../i18n';
import { dispatch, reportError } from '../state/ui-store';
import { Highlighted } from './Highlighted';
import { searchDossiers } from './search-service';

/** The dossier tab that lists each kind of record; a briefing opens in its own view instead. */
const KIND_TABS: Record<Exclude<SearchHit['kind'], 'briefing'>, DossierTab> = {
  dossier: 'sources',
  source: 'sources',
  entity: 'entities',
  event: 'timeline',
};

function open(hit: SearchHit): void {
  dispatch({ type: 'search/set', query: '' });
  if (hit.kind === 'briefing') navigate({ view: 'briefing', briefingId: hit.recordId });
  else navigate({ view: 'dossier', dossierId: hit.dossierId, tab: KIND_TABS[hit.kind] });
}

/** What the search box found, best first, with the matching words marked. */
export function SearchResults({ query }: { query: string }) {
  const t = useT('search');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      searchDossiers(query).then(
        (found) => current && setHits(found),
        (error: unknown) => reportError(error),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  // Which dossier each hit belongs to, by title: the same source name can sit in several dossiers.
  const dossierIds = [...new Set((hits ?? []).map((hit) => hit.dossierId))];
  const dossierTitles = useLiveQuery(
    async () =>
      new Map(
        (await db.dossiers.bulkGet(dossierIds)).flatMap((dossier) =>
          dossier ? [[dossier.id, dossier.title] as const] : [],
        ),
      ),
    [dossierIds.join('\n')],
  );
  return (
    <section className="search-results" aria-labelledby="search-title">
      <header className="library-header">
        <h1 id="search-title">{t('resultsFor', { query })}</h1>
        <button type="button" className="button" onClick={() => dispatch({ type: 'search/set', query: '' })}>
          {t('clear')}
        </button>
      </header>
      {hits === null ? (
        <p className="muted">{t('searching')}</p>
      ) : hits.length === 0 ? (
        <p className="empty-list">{t('nothing')}</p>
      ) : (
        <ul className="dossier-list" aria-label={t('results')}>
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.recordId}`} className="dossier-row">
              <button type="button" className="dossier-open" onClick={() => open(hit)}>
                <span className="dossier-title">
                  <span className="tag search-kind">{t(`kind-${hit.kind}`)}</span>{' '}
                  <bdi>
                    <Highlighted text={hit.title} ranges={hit.titleHighlights} />
                  </bdi>
                </span>
                {hit.kind !== 'dossier' && dossierTitles?.has(hit.dossierId) && (
                  <span className="search-dossier">
                    {t('inDossier', { title: dossierTitles.get(hit.dossierId) })}
                  </span>
                )}
                {hit.snippet.text && (
                  <span className="search-snippet" dir="auto">
                    <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
