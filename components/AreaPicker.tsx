import { useState } from 'preact/hooks';
import type { GetMessage } from '../lib/i18n';
import { type MunicipalityName, municipalityByName } from '../lib/places/municipality-list';
import type { Area } from '../lib/schema/records';

interface AreaPickerProps {
  t: GetMessage;
  /** Unique on the page: names the inputs and their list of suggestions. */
  id: string;
  municipalities: readonly MunicipalityName[];
  submitLabel: string;
  onPick(area: Area): void;
}

/** A municipality (typed, with suggestions) and optionally a place or neighbourhood in it. */
export function AreaPicker({ t, id, municipalities, submitLabel, onPick }: AreaPickerProps) {
  const [typed, setTyped] = useState('');
  const [place, setPlace] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const municipality = municipalityByName(municipalities, typed);
    if (!municipality) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onPick({
      municipality: municipality.code,
      ...(place.trim() ? { place: place.trim() } : {}),
    });
    setTyped('');
    setPlace('');
  };
  return (
    <form class="inline-form" onSubmit={submit} noValidate>
      <label>
        {t('municipalityLabel')}{' '}
        <input
          list={`${id}-municipalities`}
          value={typed}
          onInput={(event) => setTyped(event.currentTarget.value)}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? `${id}-problem` : undefined}
          autocomplete="off"
          data-testid={`${id}-municipality`}
        />
      </label>
      <datalist id={`${id}-municipalities`}>
        {municipalities.map((m) => (
          <option key={m.code} value={m.name}>
            {m.province}
          </option>
        ))}
      </datalist>
      <label>
        {t('placeOptionalLabel')}{' '}
        <input
          value={place}
          maxLength={200}
          onInput={(event) => setPlace(event.currentTarget.value)}
          data-testid={`${id}-place`}
        />
      </label>
      <button type="submit" class="secondary">
        {submitLabel}
      </button>
      {invalid ? (
        <p id={`${id}-problem`} class="error" role="alert">
          {t('municipalityUnknown')}
        </p>
      ) : null}
    </form>
  );
}

/** "Utrecht" or "Lombok, Utrecht": an area as people say it. */
export function areaLabel(area: Area, municipalities: readonly MunicipalityName[]): string {
  const municipality = municipalities.find((m) => m.code === area.municipality)?.name;
  return [area.neighbourhood, area.place, municipality].filter(Boolean).join(', ');
}
