import { useLiveQuery } from 'dexie-react-hooks';
import { type DossierTab, navigate } from '../app/routes';
import { MarkingBadge } from '../components/MarkingBadge';
import { db } from '../db';
import { useT } from '../i18n';
import { BriefingsTab } from './BriefingsTab';
import { DossierHeader } from './DossierHeader';
import { EntitiesTab } from './EntitiesTab';
import { SourcesTab } from './SourcesTab';
import { TimelineTab } from './TimelineTab';

const TABS: { tab: DossierTab; label: string }[] = [
  { tab: 'sources', label: 'tabSources' },
  { tab: 'entities', label: 'tabEntities' },
  { tab: 'timeline', label: 'tabTimeline' },
  { tab: 'briefings', label: 'tabBriefings' },
];

/** One dossier: its header, and its sources, entities, timeline and briefings in tabs. */
export function DossierView({ dossierId, tab }: { dossierId: string; tab: DossierTab }) {
  const t = useT('dossier');
  const dossier = useLiveQuery(() => db.dossiers.get(dossierId), [dossierId], null);
  const counts = useLiveQuery(
    async () => ({
      sources: await db.sources.where('dossierId').equals(dossierId).count(),
      entities: await db.entities.where('dossierId').equals(dossierId).count(),
      timeline: await db.timeline.where('dossierId').equals(dossierId).count(),
      briefings: await db.briefings.where('dossierId').equals(dossierId).count(),
    }),
    [dossierId],
  );
  if (dossier === null) return <p className="muted">{t('opening')}</p>;
  if (!dossier) {
    return (
      <div className="empty-state">
        <h2>{t('missingTitle')}</h2>
        <p>{t('missingText')}</p>
        <button
          type="button"
          className="button"
          onClick={() => navigate({ view: 'library', shelf: 'active' })}
        >
          {t('backToLibrary')}
        </button>
      </div>
    );
  }
  return (
    <section className="dossier" aria-labelledby="dossier-title">
      <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ view: 'library', shelf: 'active' })}
        >
          {t('library')}
        </button>
        <span aria-hidden="true">›</span>
        <bdi>{dossier.title}</bdi>
        {dossier.status !== 'active' && (
          <span className="tag">{dossier.status === 'trash' ? t('inTrash') : t('archived')}</span>
        )}
        <MarkingBadge marking={dossier.marking} />
      </nav>
      <DossierHeader dossier={dossier} />
      <div className="tabs" role="tablist" aria-label={t('contents')}>
        {TABS.map((entry) => (
          <button
            key={entry.tab}
            type="button"
            role="tab"
            id={`tab-${entry.tab}`}
            aria-selected={entry.tab === tab}
            aria-controls={`panel-${entry.tab}`}
            className={entry.tab === tab ? 'tab tab-current' : 'tab'}
            onClick={() => navigate({ view: 'dossier', dossierId, tab: entry.tab })}
          >
            {t(entry.label)}
            <span className="tab-count">{counts?.[entry.tab] ?? ''}</span>
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'sources' && <SourcesTab dossierId={dossierId} />}
        {tab === 'entities' && <EntitiesTab dossierId={dossierId} />}
        {tab === 'timeline' && <TimelineTab dossierId={dossierId} />}
        {tab === 'briefings' && <BriefingsTab dossier={dossier} />}
      </div>
    </section>
  );
}
