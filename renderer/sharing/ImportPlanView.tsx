import type { DossierDocument } from '../../shared/model';
import { counted } from '../components/counted';
import type { ImportMode, ImportPlan } from '../db/import-dossier';

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
  const contents = [
    counted(document.sources.length, 'source', 'sources'),
    counted(document.entities.length, 'entity', 'entities'),
    counted(document.timeline.length, 'timeline event', 'timeline events'),
    counted(document.briefings.length, 'briefing', 'briefings'),
  ].join(', ');
  const target = plan.mergeTarget;
  return (
    <section aria-label="What the import will do" className="import-plan">
      {target ? (
        <p>
          <strong>A copy of “{target.title}”</strong>, which is already in your library
          {plan.existing?.inTrash ? ' (in the Trash)' : ''}. It holds {contents}. Merge it into yours (both
          sides’ changes are kept; you are asked only where you both changed the same thing), keep both
          {plan.existing ? ', replace yours with it' : ''}, or cancel.
        </p>
      ) : plan.existing ? (
        <p>
          <strong>An update of “{plan.existing.title}”</strong>, which is already in your library
          {plan.existing.inTrash ? ' (in the Trash)' : ''}. The file holds {contents}. Keep both (the imported
          one becomes a copy), replace yours with the imported one, or cancel.
        </p>
      ) : (
        <p>
          <strong>A new dossier: “{document.dossier.title}”</strong>, with {contents}.
        </p>
      )}
      {plan.foreignIds > 0 && (
        <p role="note">
          {counted(plan.foreignIds, 'record uses an id', 'records use ids')} that another dossier in your
          library already has. {plan.foreignIds === 1 ? 'It is' : 'They are'} stored under new ids, and that
          dossier stays exactly as it is.
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {plan.existing && (
          <button type="button" className="button button-danger" onClick={() => onChoose('replace')}>
            Replace
          </button>
        )}
        {(plan.existing || target) && (
          <button
            type="button"
            className={target ? 'button' : 'button button-primary'}
            // Without a dossier of the package's id here, "both" is simply the package as a new dossier.
            onClick={() => onChoose(plan.existing ? 'keep-both' : 'replace')}
          >
            Keep both
          </button>
        )}
        {target && (
          <button type="button" className="button button-primary" onClick={onMerge}>
            Merge
          </button>
        )}
        {!plan.existing && !target && (
          <button type="button" className="button button-primary" onClick={() => onChoose('replace')}>
            Import
          </button>
        )}
      </div>
    </section>
  );
}
