import { useEffect, useState } from 'react';
import type { Dossier } from '../../shared/model';
import { CommandButton } from '../components/CommandButton';
import { MarkingPicker } from '../components/MarkingPicker';
import { store } from '../db';
import { useT } from '../i18n';
import { parseTags } from '../library/NewDossierDialog';
import { reportError } from '../state/ui-store';

/** Title, summary, tags and marking of a dossier, edited in place and saved when a field is left. */
export function DossierHeader({ dossier }: { dossier: Dossier }) {
  const t = useT('dossier');
  const [title, setTitle] = useState(dossier.title);
  const [summary, setSummary] = useState(dossier.summary);
  const [tags, setTags] = useState(dossier.tags.join(', '));
  useEffect(() => {
    setTitle(dossier.title);
    setSummary(dossier.summary);
    setTags(dossier.tags.join(', '));
  }, [dossier.title, dossier.summary, dossier.tags]);

  const save = (patch: Parameters<typeof store.updateDossier>[1]) => {
    void store.updateDossier(dossier.id, patch).catch(reportError);
  };

  return (
    <header className="dossier-header">
      <input
        id="dossier-title"
        className="title-input"
        aria-label={t('dossierTitle')}
        dir="auto"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        onBlur={() => title.trim() && title !== dossier.title && save({ title: title.trim() })}
      />
      <textarea
        className="summary-input"
        aria-label={t('dossierSummary')}
        placeholder={t('summaryPlaceholder')}
        dir="auto"
        rows={3}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        onBlur={() => summary !== dossier.summary && save({ summary })}
      />
      <div className="dossier-header-row">
        <input
          className="tags-input"
          aria-label={t('dossierTags')}
          placeholder={t('tagsPlaceholder')}
          dir="auto"
          value={tags}
          onChange={(event) => setTags(event.target.value)}
          onBlur={() => tags !== dossier.tags.join(', ') && save({ tags: parseTags(tags) })}
        />
        <MarkingPicker
          value={dossier.marking}
          onChange={(marking) => save({ marking })}
          label={t('dossierMarking')}
        />
        <span className="push-right">
          <CommandButton commandId="dossier.share" />
        </span>
      </div>
    </header>
  );
}
