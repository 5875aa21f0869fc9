import { useEffect, useRef, useState } from 'preact/hooks';
import type { CategoryId } from '../../lib/classify/taxonomy';
import { effectiveCategory, effectiveMunicipality } from '../../lib/db/signal-index';
import { formatCount } from '../../lib/format';
import { municipalityByName } from '../../lib/places/municipality-list';
import type { Initiative, Signal } from '../../lib/schema/records';
import { createInitiative } from '../../lib/tracker/initiatives';
import { Problem } from '../Problem';
import { useTracker } from './context';
import { CategoryField, MunicipalityField } from './fields';
import { municipalityName } from './labels';
import { useAction } from './useAction';

interface NewInitiativeFormProps {
  /** Signals that start the initiative; none for one started from scratch. */
  signalIds: readonly string[];
  /** Those of them already loaded, to suggest the category and municipality. */
  signals: readonly Signal[];
  onCancel(): void;
  onCreated(initiative: Initiative): void;
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Starts an initiative, from selected signals or from scratch. */
export function NewInitiativeForm({
  signalIds,
  signals,
  onCancel,
  onCreated,
}: NewInitiativeFormProps) {
  const { db, clock, actor, t, municipalities, language } = useTracker();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<CategoryId>(
    (mostCommon(signals.map(effectiveCategory)) as CategoryId | undefined) ?? 'other',
  );
  const [municipality, setMunicipality] = useState(
    municipalityName(municipalities, mostCommon(signals.map(effectiveMunicipality))) ?? '',
  );
  const [description, setDescription] = useState('');
  const [invalid, setInvalid] = useState<'title' | 'municipality' | null>(null);
  const { run, problem } = useAction();
  const titleInput = useRef<HTMLInputElement>(null);
  // The form opens on request, so taking focus to its first field is what the user asked for.
  useEffect(() => titleInput.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    if (title.trim() === '') return setInvalid('title');
    const found = municipalityByName(municipalities, municipality);
    if (municipality.trim() !== '' && !found) return setInvalid('municipality');
    setInvalid(null);
    void run(
      () =>
        createInitiative(db, clock, actor, {
          title: title.trim(),
          description: description.trim(),
          category,
          area: found ? { municipality: found.code } : {},
          signalIds,
        }),
      onCreated,
    );
  };

  return (
    <form class="card new-initiative" onSubmit={submit} noValidate data-testid="new-initiative">
      <h3>
        {signalIds.length > 0
          ? t('newInitiativeWithSignals', [formatCount(signalIds.length, language)])
          : t('newInitiative')}
      </h3>
      <label class="field">
        {t('titleLabel')}
        <input
          value={title}
          maxLength={200}
          required
          onInput={(event) => setTitle(event.currentTarget.value)}
          aria-invalid={invalid === 'title' ? 'true' : undefined}
          data-testid="initiative-title"
          ref={titleInput}
        />
      </label>
      {invalid === 'title' ? (
        <p class="error" role="alert">
          {t('titleRequired')}
        </p>
      ) : null}
      <CategoryField value={category} onChange={setCategory} testId="initiative-category" />
      <MunicipalityField
        id="new-initiative"
        value={municipality}
        invalid={invalid === 'municipality'}
        onChange={setMunicipality}
        testId="initiative-municipality"
      />
      {invalid === 'municipality' ? (
        <p class="error" role="alert">
          {t('municipalityUnknown')}
        </p>
      ) : null}
      <label class="field field--stacked">
        {t('descriptionLabel')}
        <textarea
          value={description}
          rows={3}
          maxLength={20000}
          onInput={(event) => setDescription(event.currentTarget.value)}
        />
      </label>
      <Problem text={problem} />
      <div class="actions">
        <button type="submit" class="primary" data-testid="create-initiative">
          {t('createInitiative')}
        </button>
        <button type="button" class="link-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
