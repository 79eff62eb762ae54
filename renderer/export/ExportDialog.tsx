import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { checkBriefingMarking, citedSourceIds, markingLabel } from '../../shared/model';
import { flushOpenBriefings } from '../briefing/use-briefing-autosave';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { db, store } from '../db';
import { readAttachment } from '../db/attachments';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { templates } from '../templates';
import { exportBriefingInWorker } from './export-client';

/**
 * "Export to Word": the template (the briefing's own by default), a confirmation when the briefing is
 * marked lower than what it cites, the export in a worker with progress and Cancel, then an atomic save.
 */
export function ExportDialog({ briefingId }: { briefingId: string }) {
  const briefing = useLiveQuery(() => db.briefings.get(briefingId), [briefingId]);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);
  const chosen = templateId ?? briefing?.templateId ?? templates[0]?.id ?? '';

  const close = () => {
    abort.current?.abort();
    dispatch({ type: 'panel/close' });
  };

  const run = async () => {
    if (!briefing) return;
    try {
      await flushOpenBriefings();
      const document = await store.dossierDocument(briefing.dossierId);
      const current = document.briefings.find((candidate) => candidate.id === briefingId);
      if (!current) return;
      const cited = new Set(citedSourceIds(current.content));
      const check = checkBriefingMarking(
        current.marking,
        document.sources.filter((source) => cited.has(source.id)),
      );
      if (check.status !== 'ok') {
        const confirmed = await platform.confirm({
          title: 'Export to Word',
          message: `This briefing is marked ${markingLabel(current.marking)}, but it cites sources marked ${check.higher
            .map(markingLabel)
            .join(', ')}.`,
          detail: 'Export it with its present marking anyway? You can raise the marking in the editor first.',
          confirmLabel: 'Export anyway',
          destructive: true,
        });
        if (!confirmed) return;
      }
      abort.current = new AbortController();
      setProgress(0);
      let fileName = `${current.title}.docx`;
      const bytes = await exportBriefingInWorker(document, briefingId, chosen, {
        signal: abort.current.signal,
        onProgress: (step) => setProgress(step.fraction),
        readAttachment: async (id) => new Uint8Array(await (await readAttachment(db, id)).arrayBuffer()),
        onResult: (result) => {
          fileName = result.fileName;
          for (const warning of result.warnings.slice(0, 1)) {
            dispatch({ type: 'notice/show', tone: 'info', text: warning.message });
          }
        },
      });
      const saved = await platform.saveFile({
        title: 'Export to Word',
        suggestedName: fileName,
        filters: [{ name: 'Word document', extensions: ['docx'] }],
        bytes: bytes as Uint8Array<ArrayBuffer>,
      });
      dispatch({ type: 'panel/close' });
      if (!saved.canceled) dispatch({ type: 'notice/show', tone: 'info', text: `Exported ${saved.name}.` });
    } catch (error) {
      setProgress(null);
      if (!abort.current?.signal.aborted) reportError(error);
    }
  };

  return (
    <Dialog title="Export to Word" onClose={close}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Field label="Template">
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
        {progress !== null && <progress aria-label="Exporting" value={progress} max={1} />}
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!briefing || progress !== null}>
            Export
          </button>
        </div>
      </form>
    </Dialog>
  );
}
