import {
  CREDIBILITY_GRADES,
  type Credibility,
  type Grading,
  RELIABILITY_GRADES,
  type Reliability,
} from '../../shared/model';
import { useT } from '../i18n';
import { credibilityMeaning, reliabilityMeaning } from '../i18n/model-words';
import { Field } from './Field';

interface GradingFieldsProps {
  value: Grading;
  onChange(grading: Grading): void;
  /** Each field across the whole width of its form grid. */
  wide?: boolean;
}

/** The Admiralty grading of a source: how reliable it is (A–F) and how credible this information is (1–6). */
export function GradingFields({ value, onChange, wide = false }: GradingFieldsProps) {
  const t = useT('common');
  const reliability = (
    <Field label={t('sourceReliability')}>
      <select
        value={value.reliability}
        onChange={(event) => onChange({ ...value, reliability: event.target.value as Reliability })}
      >
        {RELIABILITY_GRADES.map((grade) => (
          <option key={grade} value={grade}>
            {t('gradeOption', { grade, meaning: reliabilityMeaning(grade) })}
          </option>
        ))}
      </select>
    </Field>
  );
  const credibility = (
    <Field label={t('informationCredibility')}>
      <select
        value={value.credibility}
        onChange={(event) => onChange({ ...value, credibility: Number(event.target.value) as Credibility })}
      >
        {CREDIBILITY_GRADES.map((grade) => (
          <option key={grade} value={grade}>
            {t('gradeOption', { grade, meaning: credibilityMeaning(grade) })}
          </option>
        ))}
      </select>
    </Field>
  );
  return wide ? (
    <>
      <div className="form-wide">{reliability}</div>
      <div className="form-wide">{credibility}</div>
    </>
  ) : (
    <>
      {reliability}
      {credibility}
    </>
  );
}
