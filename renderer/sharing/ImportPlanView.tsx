import type { DossierDocument } from '../../shared/model';
import type { ImportMode, ImportPlan } from '../db/import-dossier';

interface ImportPlanViewProps {
  plan: ImportPlan;
  document: DossierDocument;
  onChoose(mode: ImportMode): void;
  onCancel(): void;
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What an import is about to do, said before anything is written: a new dossier, or an update of one here. */
export function ImportPlanView({ plan, document, onChoose, onCancel }: ImportPlanViewProps) {
  const contents = [
    counted(document.sources.length, 'source', 'sources'),
    counted(document.entities.length, 'entity', 'entities'),
    counted(document.timeline.length, 'timeline event', 'timeline events'),
    counted(document.briefings.length, 'briefing', 'briefings'),
  ].join(', ');
  return (
    <section aria-label="What the import will do" className="import-plan">
      {plan.existing ? (
        <p>
          <strong>An update of “{plan.existing.title}”</strong>, which is already in your library
          {plan.existing.inTrash ? ' (in the Trash)' : ''}. The file holds {contents}. Keep both (the imported one
          becomes a copy), replace yours with the imported one, or cancel.
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
        {plan.existing ? (
          <>
            <button type="button" className="button button-danger" onClick={() => onChoose('replace')}>
              Replace
            </button>
            <button type="button" className="button button-primary" onClick={() => onChoose('keep-both')}>
              Keep both
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={() => onChoose('replace')}>
            Import
          </button>
        )}
      </div>
    </section>
  );
}
