// The Templates view: the office's own Word templates, added from a .dotx/.docx (checked as hostile input
// before anything is stored), each previewed and set up in its own card.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DeskError } from '../../shared/errors';
import { db } from '../db';
import { addOfficeTemplate } from '../db/office-templates';
import { useT } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { OfficeTemplateCard } from './OfficeTemplateCard';
import '../styles/templates.css';

export function TemplatesView() {
  const t = useT('templates');
  const officeTemplates = useLiveQuery(() => db.officeTemplates.orderBy('updatedAt').reverse().toArray(), []);
  const [adding, setAdding] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const add = async () => {
    const picked = await platform.openFile({
      title: t('view.add'),
      filters: [{ name: t('view.fileType'), extensions: ['dotx', 'docx', 'dotm', 'docm'] }],
    });
    if (picked.canceled) return;
    setAdding(true);
    setRefusal(null);
    try {
      const { template, notices } = await addOfficeTemplate(db, { name: picked.name, bytes: picked.bytes });
      const left = notices.map((notice) => t(`notice.${notice.code}`)).join(' ');
      dispatch({
        type: 'notice/show',
        tone: 'info',
        text: `${t('view.added', { name: template.name })} ${left}`.trim(),
      });
    } catch (error) {
      if (error instanceof DeskError && error.code.startsWith('REFERENCE_')) {
        setRefusal(t('view.refused', { name: picked.name, reason: t(`error.${error.code}`) }));
      } else reportError(error);
    } finally {
      setAdding(false);
    }
  };

  return (
    <section className="templates-view" aria-labelledby="templates-title">
      <header className="templates-header">
        <h1 id="templates-title">{t('view.title')}</h1>
        <button type="button" className="button button-primary" onClick={() => void add()} disabled={adding}>
          {adding ? t('view.adding') : t('view.add')}
        </button>
      </header>
      <p className="muted templates-intro">{t('view.intro')}</p>
      {refusal && (
        <p className="templates-refusal" role="alert">
          {refusal}
        </p>
      )}
      {officeTemplates?.length === 0 && <p className="muted">{t('view.empty')}</p>}
      <ul className="templates-list">
        {(officeTemplates ?? []).map((template) => (
          <li key={template.id}>
            <OfficeTemplateCard template={template} />
          </li>
        ))}
      </ul>
    </section>
  );
}
