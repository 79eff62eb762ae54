import { useState } from 'react';
import { DEFAULT_MARKING, type Marking } from '../../shared/model';
import { noteUserPlace, offerToOpen } from '../app/user-place';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { MarkingPicker } from '../components/MarkingPicker';
import { store } from '../db';
import { translate, useT } from '../i18n';
import { dispatch, getUiState, reportError } from '../state/ui-store';

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

export function NewDossierDialog() {
  const t = useT('library');
  const tc = useT('common');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [tags, setTags] = useState('');
  const [marking, setMarking] = useState<Marking>(DEFAULT_MARKING);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={t('newDossier')}>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const place = noteUserPlace();
          try {
            const dossier = await store.createDossier({
              title: title.trim(),
              summary,
              tags: parseTags(tags),
              marking,
            });
            const route = { view: 'dossier', dossierId: dossier.id, tab: 'sources' } as const;
            // Closed with Escape while it was being stored: it exists now, so say so instead of moving.
            if (getUiState().panel !== 'new-dossier') {
              offerToOpen(translate('common:created', { title: dossier.title }), route);
              return;
            }
            dispatch({ type: 'panel/close', panel: 'new-dossier' });
            place.navigateIfUnchanged(route);
          } catch (error) {
            reportError(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Field label={tc('title')}>
          <input
            required
            autoFocus
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={500}
          />
        </Field>
        <Field label={tc('summary')}>
          <textarea rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
        </Field>
        <Field label={tc('tags')} hint={tc('tagsHint')}>
          <input value={tags} onChange={(event) => setTags(event.target.value)} />
        </Field>
        <Field label={tc('marking')}>
          <MarkingPicker value={marking} onChange={setMarking} label={t('dossierMarking')} />
        </Field>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => dispatch({ type: 'panel/close' })}>
            {tc('cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !title.trim()}>
            {t('createDossier')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
