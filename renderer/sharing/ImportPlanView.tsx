import type { DossierDocument } from '../../shared/model';
import type { ImportMode, ImportPlan } from '../db/import-dossier';
import { useT } from '../i18n';

interface ImportPlanViewProps {
  plan: ImportPlan;
  document: DossierDocument;
  onChoose(mode: ImportMode): void;
  /** Merges the package into plan.mergeTarget. */
  onMerge(): void;
  onCancel(): void;
}

/**
 * What an import is about to do, said before anything is written: a new dossier, or an update of one here.
 * A copy of a dossier here (same lineage) is merged into it by default; keeping both and replacing remain.
 */
export function ImportPlanView({ plan, document, onChoose, onMerge, onCancel }: ImportPlanViewProps) {
  const t = useT('sharing');
  const contents = t('contents', {
    sources: document.sources.length,
    entities: document.entities.length,
    events: document.timeline.length,
    briefings: document.briefings.length,
  });
  const target = plan.mergeTarget;
  return (
    <section aria-label={t('planLabel')} className="import-plan">
      {target ? (
        <p>
          <strong>{t('copyOf', { title: target.title })}</strong>
          {t('copyOfText', {
            inTrash: plan.existing?.inTrash ? 'yes' : 'no',
            contents,
            replace: plan.existing ? 'yes' : 'no',
          })}
        </p>
      ) : plan.existing ? (
        <p>
          <strong>{t('updateOf', { title: plan.existing.title })}</strong>
          {t('updateOfText', { inTrash: plan.existing.inTrash ? 'yes' : 'no', contents })}
        </p>
      ) : (
        <p>
          <strong>{t('newDossier', { title: document.dossier.title })}</strong>
          {t('newDossierText', { contents })}
        </p>
      )}
      {plan.foreignIds > 0 && <p role="note">{t('foreignIds', { count: plan.foreignIds })}</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        {plan.existing && (
          <button type="button" className="button button-danger" onClick={() => onChoose('replace')}>
            {t('replace')}
          </button>
        )}
        {(plan.existing || target) && (
          <button
            type="button"
            className={target ? 'button' : 'button button-primary'}
            // Without a dossier of the package's id here, "both" is simply the package as a new dossier.
            onClick={() => onChoose(plan.existing ? 'keep-both' : 'replace')}
          >
            {t('keepBoth')}
          </button>
        )}
        {target && (
          <button type="button" className="button button-primary" onClick={onMerge}>
            {t('merge')}
          </button>
        )}
        {!plan.existing && !target && (
          <button type="button" className="button button-primary" onClick={() => onChoose('replace')}>
            {t('import')}
          </button>
        )}
      </div>
    </section>
  );
}
