import { CATEGORY_IDS, type CategoryId } from '../../lib/classify/taxonomy';
import { useTracker } from './context';
import { categoryLabel } from './labels';

/** A labelled choice of one of the taxonomy's categories. */
export function CategoryField({
  value,
  onChange,
  testId,
}: {
  value: CategoryId;
  onChange(category: CategoryId): void;
  testId?: string;
}) {
  const { t } = useTracker();
  return (
    <label class="field">
      {t('categoryLabel')}
      <select
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as CategoryId)}
        data-testid={testId}
      >
        {CATEGORY_IDS.map((id) => (
          <option key={id} value={id}>
            {categoryLabel(t, id)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A labelled municipality name, typed with the 342 names as suggestions. */
export function MunicipalityField({
  id,
  value,
  invalid,
  onChange,
  testId,
}: {
  /** Unique on the page: names the list of suggestions. */
  id: string;
  value: string;
  invalid: boolean;
  onChange(name: string): void;
  testId?: string;
}) {
  const { t, municipalities } = useTracker();
  return (
    <label class="field">
      {t('municipalityLabel')}
      <input
        list={`${id}-municipalities`}
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
        aria-invalid={invalid ? 'true' : undefined}
        data-testid={testId}
      />
      <datalist id={`${id}-municipalities`}>
        {municipalities.map((m) => (
          <option key={m.code} value={m.name} />
        ))}
      </datalist>
    </label>
  );
}
