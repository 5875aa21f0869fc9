import { useState } from 'preact/hooks';
import { CATEGORY_IDS } from '../lib/classify/taxonomy';
import { categoryMessage, type GetMessage } from '../lib/i18n';
import type { MunicipalityName } from '../lib/places/municipality-list';
import type { Area } from '../lib/schema/records';
import type { Settings } from '../lib/settings';
import { AreaPicker, areaLabel } from './AreaPicker';

export interface SettingsProps {
  t: GetMessage;
  settings: Settings;
  municipalities: readonly MunicipalityName[];
  onChange(change: Partial<Settings>): Promise<unknown>;
  /** Asks the browser for permission to notify; must run straight from the user's click. */
  requestNotifications(): Promise<boolean>;
}

const sameArea = (a: Area, b: Area) =>
  a.municipality === b.municipality && a.place === b.place && a.neighbourhood === b.neighbourhood;

/** The user's own choices: who they are, language, home, what they watch, reminders. */
export function SettingsSections({
  t,
  settings,
  municipalities,
  onChange,
  requestNotifications,
}: SettingsProps) {
  const [name, setName] = useState(settings.memberName ?? '');
  const [saved, setSaved] = useState(false);
  const [stalledInvalid, setStalledInvalid] = useState(false);
  const [notificationsRefused, setNotificationsRefused] = useState(false);
  const save = (change: Partial<Settings>) => {
    setSaved(false);
    void onChange(change).then(() => setSaved(true));
  };
  const watched = settings.watchedAreas;
  return (
    <>
      <section aria-labelledby="you-heading" class="card">
        <h2 id="you-heading">{t('youHeading')}</h2>
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            save({ memberName: name.trim() || undefined });
          }}
        >
          <label>
            {t('memberNameLabel')}{' '}
            <input
              value={name}
              maxLength={100}
              onInput={(event) => setName(event.currentTarget.value)}
              data-testid="member-name"
            />
          </label>
          <button type="submit" class="secondary">
            {t('save')}
          </button>
        </form>
        <p class="muted">{t('memberNameHelp')}</p>
        <label class="field">
          {t('languageLabel')}{' '}
          <select
            value={settings.language}
            onChange={(event) =>
              save({ language: event.currentTarget.value as Settings['language'] })
            }
            data-testid="language"
          >
            <option value="auto">{t('languageAuto')}</option>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </section>

      <section aria-labelledby="home-heading" class="card">
        <h2 id="home-heading">{t('homeAreaHeading')}</h2>
        <p class="muted">{t('homeAreaHelp')}</p>
        {settings.homeArea ? (
          <p data-testid="home-area">
            <strong>{areaLabel(settings.homeArea, municipalities)}</strong>{' '}
            <button type="button" class="link-button" onClick={() => save({ homeArea: undefined })}>
              {t('remove')}
            </button>
          </p>
        ) : null}
        <AreaPicker
          t={t}
          id="home"
          municipalities={municipalities}
          submitLabel={t('setHomeArea')}
          onPick={(area) => save({ homeArea: area })}
        />
      </section>

      <section aria-labelledby="watch-heading" class="card">
        <h2 id="watch-heading">{t('watchHeading')}</h2>
        <p class="muted">{t('watchHelp')}</p>
        {watched.length > 0 ? (
          <ul class="chip-list" data-testid="watched-areas">
            {watched.map((area) => (
              <li key={areaLabel(area, municipalities)} class="chip">
                {areaLabel(area, municipalities)}
                <button
                  type="button"
                  class="chip__remove"
                  aria-label={t('removeNamed', [areaLabel(area, municipalities)])}
                  onClick={() => save({ watchedAreas: watched.filter((a) => !sameArea(a, area)) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('watchNothing')}</p>
        )}
        <AreaPicker
          t={t}
          id="watch"
          municipalities={municipalities}
          submitLabel={t('addWatchedArea')}
          onPick={(area) => {
            if (!watched.some((a) => sameArea(a, area))) save({ watchedAreas: [...watched, area] });
          }}
        />
        <fieldset class="checkbox-grid" data-testid="watched-topics">
          <legend>{t('watchTopicsLabel')}</legend>
          {CATEGORY_IDS.map((category) => (
            <label key={category}>
              <input
                type="checkbox"
                checked={settings.watchedTopics.includes(category)}
                onChange={(event) =>
                  save({
                    watchedTopics: event.currentTarget.checked
                      ? [...settings.watchedTopics, category]
                      : settings.watchedTopics.filter((topic) => topic !== category),
                  })
                }
              />{' '}
              {t(categoryMessage(category))}
            </label>
          ))}
        </fieldset>
        <label class="field field--check">
          <input
            type="checkbox"
            checked={settings.notifications}
            onChange={(event) => {
              if (!event.currentTarget.checked) return save({ notifications: false });
              void requestNotifications().then((granted) => {
                setNotificationsRefused(!granted);
                if (granted) save({ notifications: true });
              });
            }}
            data-testid="notifications"
          />{' '}
          {t('notificationsLabel')}
        </label>
        {notificationsRefused ? (
          <p class="error" role="alert">
            {t('notificationsRefused')}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="stalled-heading" class="card">
        <h2 id="stalled-heading">{t('stalledHeading')}</h2>
        <label class="field">
          {t('stalledAfterLabel')}{' '}
          <input
            type="number"
            min={1}
            max={365}
            value={settings.stalledAfterDays}
            aria-invalid={stalledInvalid ? 'true' : undefined}
            aria-describedby={stalledInvalid ? 'stalled-problem' : undefined}
            onChange={(event) => {
              const days = Number(event.currentTarget.value);
              const valid = Number.isInteger(days) && days >= 1 && days <= 365;
              setStalledInvalid(!valid);
              if (valid) save({ stalledAfterDays: days });
            }}
            data-testid="stalled-after"
          />
        </label>
        {stalledInvalid ? (
          <p id="stalled-problem" class="error" role="alert">
            {t('stalledAfterInvalid')}
          </p>
        ) : null}
        <p class="muted">{t('stalledHelp')}</p>
      </section>

      <p class="sr-only" role="status">
        {saved ? t('settingsSaved') : ''}
      </p>
    </>
  );
}
