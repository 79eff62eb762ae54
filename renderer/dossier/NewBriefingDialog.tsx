import { useState } from 'react';
import type { Dossier, Marking } from '../../shared/model';
import { noteUserPlace, offerToOpen } from '../app/user-place';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { MarkingPicker } from '../components/MarkingPicker';
import { useStillShown } from '../components/use-still-shown';
import { store } from '../db';
import { translate, useT } from '../i18n';
import { reportError } from '../state/ui-store';
import { templateById, templates } from '../templates';

/** A new briefing: its template gives the sections it starts with and, later, the Word layout. */
export function NewBriefingDialog({ dossier, onClose }: { dossier: Dossier; onClose(): void }) {
  const t = useT('dossier');
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [marking, setMarking] = useState<Marking>(dossier.marking);
  const template = templateById(templateId);
  const shown = useStillShown();
  return (
    <Dialog title={t('newBriefing')} onClose={onClose}>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!template) return;
          const place = noteUserPlace();
          try {
            const briefing = await store.createBriefing(dossier.id, template, title, marking);
            const route = { view: 'briefing', briefingId: briefing.id } as const;
            // Closed while it was being stored: it exists now, so say so instead of moving.
            if (!shown.current) {
              offerToOpen(translate('common:created', { title: briefing.title }), route);
              return;
            }
            onClose();
            place.navigateIfUnchanged(route);
          } catch (error) {
            reportError(error);
          }
        }}
      >
        <Field label={t('template')}>
          <select value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
            {templates.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </Field>
        {template && (
          <p className="muted template-sections">
            {t('templateSections', {
              description: template.description,
              sections: template.sections.map((section) => section.title).join(', '),
            })}
          </p>
        )}
        <Field label={t('title')}>
          <input
            autoFocus
            value={title}
            placeholder={template?.name}
            onChange={(event) => setTitle(event.target.value)}
          />
        </Field>
        <Field label={t('marking')}>
          <MarkingPicker value={marking} onChange={setMarking} label={t('briefingMarking')} />
        </Field>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!template}>
            {t('createBriefing')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
