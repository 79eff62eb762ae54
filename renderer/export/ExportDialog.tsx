import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { officeTemplateFor } from '../../shared/model';
import { flushOpenBriefings } from '../briefing/use-briefing-autosave';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { db, store } from '../db';
import { readAttachment } from '../db/attachments';
import { translate, useT } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { templates } from '../templates';
import { exportBriefingInWorker } from './export-client';
import { exportMarkingQuestion } from './export-marking';

/**
 * "Export to Word": the template (the briefing's own by default), a confirmation when the briefing is
 * marked lower than what it cites, the export in a worker with progress and Cancel, then an atomic save.
 */
export function ExportDialog({ briefingId }: { briefingId: string }) {
  const t = useT('export');
  const briefing = useLiveQuery(() => db.briefings.get(briefingId), [briefingId]);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const chosen = templateId ?? briefing?.templateId ?? templates[0]?.id ?? '';
  const tt = useT('templates');
  const officeTemplates = useLiveQuery(() => db.officeTemplates.toArray(), []) ?? [];
  // null: the office template that dresses the chosen structure; '': the desk's own look.
  const [officeId, setOfficeId] = useState<string | null>(null);
  const office =
    officeId === null
      ? officeTemplateFor(officeTemplates, chosen)
      : officeTemplates.find((candidate) => candidate.id === officeId);

  const close = () => {
    abort.current?.abort();
    dispatch({ type: 'panel/close' });
  };

  const run = async () => {
    if (!briefing) return;
    // Made before the first await: closing the dialog at any point stops this run, and nothing is saved.
    const controller = new AbortController();
    abort.current = controller;
    try {
      await flushOpenBriefings();
      const document = await store.dossierDocument(briefing.dossierId);
      const current = document.briefings.find((candidate) => candidate.id === briefingId);
      if (!current) return;
      const question = exportMarkingQuestion(document, current);
      if (controller.signal.aborted || (question && !(await platform.confirm(question)))) return;
      setProgress(0);
      let fileName = `${current.title}.docx`;
      const bytes = await exportBriefingInWorker(document, briefingId, chosen, {
        signal: controller.signal,
        onProgress: (step) => setProgress(step.fraction),
        readAttachment: async (id) => new Uint8Array(await (await readAttachment(db, id)).arrayBuffer()),
        ...(office && {
          reference: office.reference,
          cover: {
            ...(office.defaults.author && { author: office.defaults.author }),
            ...(office.defaults.distribution.length > 0 && { distribution: office.defaults.distribution }),
          },
        }),
        onResult: (result) => {
          fileName = result.fileName;
          for (const warning of result.warnings.slice(0, 1)) {
            dispatch({ type: 'notice/show', tone: 'info', text: warning.message });
          }
        },
      });
      if (controller.signal.aborted) return;
      const saved = await platform.saveFile({
        title: translate('export:title'),
        suggestedName: fileName,
        filters: [{ name: translate('export:wordDocument'), extensions: ['docx'] }],
        bytes: bytes as Uint8Array<ArrayBuffer>,
      });
      dispatch({ type: 'panel/close', panel: 'export' });
      if (!saved.canceled)
        dispatch({
          type: 'notice/show',
          tone: 'info',
          text: translate('export:exported', { name: saved.name }),
        });
    } catch (error) {
      setProgress(null);
      if (!controller.signal.aborted) reportError(error);
    }
  };

  return (
    <Dialog title={t('title')} onClose={close}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Field label={t('template')}>
          <select
            value={chosen}
            onChange={(event) => setTemplateId(event.target.value)}
            disabled={progress !== null}
          >
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={tt('export.officeLook')} hint={tt('export.hint')}>
          <select
            value={office?.id ?? ''}
            onChange={(event) => setOfficeId(event.target.value)}
            disabled={progress !== null}
          >
            <option value="">{tt('export.desksOwn')}</option>
            {officeTemplates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </Field>
        {progress !== null && <progress aria-label={t('exporting')} value={progress} max={1} />}
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!briefing || progress !== null}>
            {t('export')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
