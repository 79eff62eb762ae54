// One office template in the Templates view: its page sketch and the facts of its look, and its settings:
// its name, which of our structures it dresses, and the cover defaults (author, distribution) it brings.

import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/errors';
import { describeOfficeReference, type OfficeReferenceLook } from '../../shared/export/reference';
import type { OfficeTemplate } from '../../shared/model';
import { Field } from '../components/Field';
import { db } from '../db';
import { deleteOfficeTemplate, officeReferenceOf, updateOfficeTemplate } from '../db/office-templates';
import { useT } from '../i18n';
import { platform } from '../platform';
import { dispatch, reportError } from '../state/ui-store';
import { templates } from '../templates';
import { PageSketch } from './PageSketch';

function useLook(template: OfficeTemplate): { look?: OfficeReferenceLook; problem?: string } {
  const [state, setState] = useState<{ look?: OfficeReferenceLook; problem?: string }>({});
  useEffect(() => {
    let current = true;
    officeReferenceOf(template)
      .then((reference) => current && setState({ look: describeOfficeReference(reference) }))
      .catch((error: unknown) => current && setState({ problem: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [template]);
  return state;
}

export function OfficeTemplateCard({ template }: { template: OfficeTemplate }) {
  const t = useT('templates');
  const { look, problem } = useLook(template);
  const [name, setName] = useState(template.name);
  const [dresses, setDresses] = useState<readonly string[]>(template.dresses);
  const [author, setAuthor] = useState(template.defaults.author);
  const [distribution, setDistribution] = useState(template.defaults.distribution.join('\n'));
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      const saved = await updateOfficeTemplate(db, template.id, {
        name: name.trim(),
        dresses: [...dresses],
        defaults: {
          author: author.trim(),
          distribution: distribution
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        },
      });
      dispatch({ type: 'notice/show', tone: 'info', text: t('card.saved', { name: saved.name }) });
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    const confirmed = await platform.confirm({
      title: t('card.remove'),
      message: t('card.removeConfirm', { name: template.name }),
      confirmLabel: t('card.remove'),
      destructive: true,
    });
    if (!confirmed) return;
    try {
      await deleteOfficeTemplate(db, template.id);
      dispatch({ type: 'notice/show', tone: 'info', text: t('card.removed', { name: template.name }) });
    } catch (error) {
      reportError(error);
    }
  };

  const toggle = (id: string, on: boolean) =>
    setDresses((current) =>
      on ? [...current.filter((item) => item !== id), id] : current.filter((item) => item !== id),
    );

  return (
    <article className="office-template" aria-label={template.name}>
      <div className="office-template-look">
        {look && <PageSketch look={look} name={template.name} />}
        {problem && (
          <p className="templates-refusal" role="alert">
            {t('card.unreadable', { reason: problem })}
          </p>
        )}
        {look && (
          <dl className="office-template-facts">
            {look.bodyFont && (
              <>
                <dt>{t('card.bodyFont')}</dt>
                <dd>{look.bodyFont}</dd>
              </>
            )}
            {look.headingFont && (
              <>
                <dt>{t('card.headingFont')}</dt>
                <dd>{look.headingFont}</dd>
              </>
            )}
            {(look.heading1Color || look.themeColors.length > 0) && (
              <>
                <dt>{t('card.colors')}</dt>
                <dd className="office-template-swatches">
                  {[look.heading1Color, ...look.themeColors].filter(Boolean).map((color) => (
                    <span
                      key={color}
                      className="office-template-swatch"
                      style={{ background: color }}
                      title={color}
                    />
                  ))}
                </dd>
              </>
            )}
            {look.page && (
              <>
                <dt>{t('card.page')}</dt>
                <dd>
                  {t('card.pageSize', {
                    width: look.page.width,
                    height: look.page.height,
                    top: look.page.margins.top,
                    right: look.page.margins.right,
                    bottom: look.page.margins.bottom,
                    left: look.page.margins.left,
                  })}
                </dd>
              </>
            )}
            {look.headerText && (
              <>
                <dt>{t('card.headerText')}</dt>
                <dd>{look.headerText}</dd>
              </>
            )}
          </dl>
        )}
      </div>
      <form
        className="form office-template-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={t('card.name')}>
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={300} />
        </Field>
        <fieldset className="office-template-dresses">
          <legend>{t('card.dresses')}</legend>
          {templates.map((structure) => (
            <label key={structure.id} className="checkbox">
              <input
                type="checkbox"
                checked={dresses.includes(structure.id)}
                onChange={(event) => toggle(structure.id, event.target.checked)}
              />
              {structure.name}
            </label>
          ))}
        </fieldset>
        <Field label={t('card.author')}>
          <input value={author} onChange={(event) => setAuthor(event.target.value)} maxLength={300} />
        </Field>
        <Field label={t('card.distribution')} hint={t('card.distributionHint')}>
          <textarea value={distribution} rows={3} onChange={(event) => setDistribution(event.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('card.remove')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving || !name.trim()}>
            {t('card.save')}
          </button>
        </div>
      </form>
    </article>
  );
}
