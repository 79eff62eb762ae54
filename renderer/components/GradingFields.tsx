import {
  CREDIBILITY_GRADES,
  CREDIBILITY_MEANINGS,
  type Credibility,
  type Grading,
  RELIABILITY_GRADES,
  RELIABILITY_MEANINGS,
  type Reliability,
} from '../../shared/model';
import { Field } from './Field';

interface GradingFieldsProps {
  value: Grading;
  onChange(grading: Grading): void;
  /** Each field across the whole width of its form grid. */
  wide?: boolean;
}

/** The Admiralty grading of a source: how reliable it is (A–F) and how credible this information is (1–6). */
export function GradingFields({ value, onChange, wide = false }: GradingFieldsProps) {
  const reliability = (
    <Field label="Source reliability">
      <select
        value={value.reliability}
        onChange={(event) => onChange({ ...value, reliability: event.target.value as Reliability })}
      >
        {RELIABILITY_GRADES.map((grade) => (
          <option key={grade} value={grade}>
            {grade} — {RELIABILITY_MEANINGS[grade]}
          </option>
        ))}
      </select>
    </Field>
  );
  const credibility = (
    <Field label="Information credibility">
      <select
        value={value.credibility}
        onChange={(event) => onChange({ ...value, credibility: Number(event.target.value) as Credibility })}
      >
        {CREDIBILITY_GRADES.map((grade) => (
          <option key={grade} value={grade}>
            {grade} — {CREDIBILITY_MEANINGS[grade]}
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
