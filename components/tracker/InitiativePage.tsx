import { useState } from 'preact/hooks';
import type { CategoryId } from '../../lib/classify/taxonomy';
import { excerpt, formatCount } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n';
import { municipalityByName } from '../../lib/places/municipality-list';
import {
  type EventKind,
  INITIATIVE_STATUSES,
  type Initiative,
  type InitiativeStatus,
} from '../../lib/schema/records';
import { SITE_NAMES } from '../../lib/sites/names';
import { CONTRIBUTION_MESSAGES } from '../../lib/tracker/event-words';
import {
  initiativeSignals,
  listInitiatives,
  mergeInitiatives,
  setInitiativeStatus,
  unlinkSignals,
  updateInitiative,
} from '../../lib/tracker/initiatives';
import { stalledInitiatives } from '../../lib/tracker/stalled';
import { contributors, initiativeTimeline } from '../../lib/tracker/timeline';
import { Problem } from '../Problem';
import { useLiveQuery } from '../useLiveQuery';
import { useTracker } from './context';
import { CategoryField, MunicipalityField } from './fields';
import {
  categoryLabel,
  municipalityName,
  NEXT_STEP_MESSAGES,
  STATUS_MESSAGES,
  signalCategoryLabel,
} from './labels';
import { SuggestionsPanel } from './Suggestions';
import { Timeline } from './Timeline';
import { useAction } from './useAction';

interface InitiativePageProps {
  initiativeId: string;
  onOpenInitiative(id: string): void;
  onOpenSignal(id: string): void;
  onBack(): void;
  onExport(): void;
}

/** One initiative: what it is, where it stands, its signals, who contributed, its history. */
export function InitiativePage({
  initiativeId,
  onOpenInitiative,
  onOpenSignal,
  onBack,
  onExport,
}: InitiativePageProps) {
  const { db, clock, actor, t, settings, municipalities, now, language } = useTracker();
  const data = useLiveQuery(async () => {
    const initiative = await db.initiatives.get(initiativeId);
    if (!initiative) return null;
    const [signals, events, others] = await Promise.all([
      initiativeSignals(db, initiativeId),
      initiativeTimeline(db, initiativeId),
      listInitiatives(db),
    ]);
    return { initiative, signals, events, others: others.filter((o) => o.id !== initiativeId) };
  }, [db, initiativeId]);
  const [editing, setEditing] = useState(false);
  const [mergeTarget, setMergeTarget] = useState('');
  const { run, problem } = useAction();

  if (data.state !== 'ready') return <section class="initiative" aria-busy="true" />;
  if (!data.value) {
    return (
      <section class="initiative">
        <p class="empty">{t('initiativeGone')}</p>
        <button type="button" class="secondary" onClick={onBack}>
          {t('backToInitiatives')}
        </button>
      </section>
    );
  }
  const { initiative, signals, events, others } = data.value;
  const merged = initiative.mergedInto;
  const stalled = stalledInitiatives([initiative], now(), settings.stalledAfterDays)[0];
  const people = contributors(events);
  const area = [
    initiative.area.neighbourhood,
    initiative.area.place,
    municipalityName(municipalities, initiative.area.municipality),
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <section class="initiative" aria-labelledby="initiative-heading" data-testid="initiative-page">
      <button type="button" class="link-button" onClick={onBack}>
        ← {t('backToInitiatives')}
      </button>
      {merged ? (
        <p class="notice">
          {t('mergedNotice')}{' '}
          <button type="button" class="link-button" onClick={() => onOpenInitiative(merged)}>
            {t('openMergedInto')}
          </button>
        </p>
      ) : null}
      {editing ? (
        <EditInitiative initiative={initiative} onDone={() => setEditing(false)} />
      ) : (
        <header class="initiative__header">
          <h2 id="initiative-heading" data-testid="initiative-heading">
            {initiative.title}
          </h2>
          <p class="initiative__meta">
            <span class={`status status--${initiative.status}`}>
              {t(STATUS_MESSAGES[initiative.status])}
            </span>
            <span>{categoryLabel(t, initiative.category)}</span>
            {area ? <span>{area}</span> : null}
            <span>
              {t('ownerLabel')}:{' '}
              {initiative.ownerId === actor.id
                ? t('you')
                : (people.find((p) => p.actorId === initiative.ownerId)?.actorName ?? t('someone'))}
            </span>
          </p>
          {initiative.description ? (
            <p class="initiative__description">{initiative.description}</p>
          ) : null}
          <p class="inline-actions">
            {merged ? null : (
              <button type="button" class="link-button" onClick={() => setEditing(true)}>
                {t('edit')}
              </button>
            )}
            <button
              type="button"
              class="link-button"
              onClick={onExport}
              data-testid="export-initiative"
            >
              {t('exportInitiative')}
            </button>
          </p>
        </header>
      )}
      {stalled ? (
        <p class="notice notice--stalled" role="status" data-testid="stalled-notice">
          {t('idleForDays', [String(stalled.idleDays)])} ·{' '}
          {t('openForDays', [String(stalled.openDays)])}. {t('nextStepLabel')}:{' '}
          {t(NEXT_STEP_MESSAGES[stalled.nextStep])}
        </p>
      ) : null}
      {merged ? null : (
        <fieldset class="status-flow">
          <legend class="sr-only">{t('statusLabel')}</legend>
          {INITIATIVE_STATUSES.map((status: InitiativeStatus) => (
            <button
              key={status}
              type="button"
              aria-pressed={initiative.status === status}
              disabled={initiative.status === status}
              onClick={() =>
                void run(() => setInitiativeStatus(db, clock, actor, initiative.id, status))
              }
              data-status={status}
            >
              {t(STATUS_MESSAGES[status])}
            </button>
          ))}
        </fieldset>
      )}
      <Problem text={problem} />
      <div class="initiative__columns">
        <div>
          <section aria-labelledby="linked-heading">
            <h3 id="linked-heading">
              {t('signalsLinked', [formatCount(signals.length, language)])}
            </h3>
            <ul class="linked-signals" data-testid="linked-signals">
              {signals.map((signal) => (
                <li key={signal.id}>
                  <button type="button" class="link-button" onClick={() => onOpenSignal(signal.id)}>
                    <span class={`site site--${signal.source.site}`}>
                      {SITE_NAMES[signal.source.site]}
                    </span>{' '}
                    {excerpt(signal.text, 140)}
                  </button>
                  <span class="muted"> · {signalCategoryLabel(t, signal)}</span>
                  {merged ? null : (
                    <button
                      type="button"
                      class="link-button muted"
                      onClick={() => void run(() => unlinkSignals(db, clock, actor, [signal.id]))}
                    >
                      {t('unlink')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
          {merged ? null : (
            <SuggestionsPanel
              subject={{ initiativeId: initiative.id }}
              basis={JSON.stringify([initiative.area, initiative.category, initiative.title])}
              events={events}
            />
          )}
          <Timeline
            events={events}
            signalLabels={new Map(signals.map((signal) => [signal.id, excerpt(signal.text, 60)]))}
            subject={{ initiativeId: initiative.id }}
          />
        </div>
        <div>
          <section aria-labelledby="contributors-heading">
            <h3 id="contributors-heading">{t('contributorsHeading')}</h3>
            <ul class="contributors" data-testid="contributors">
              {people.map((person) => (
                <li key={person.actorId}>
                  <strong>
                    {person.actorId === actor.id
                      ? person.actorName
                        ? `${person.actorName} (${t('you')})`
                        : t('you')
                      : (person.actorName ?? t('someone'))}
                  </strong>
                  <span class="muted">
                    {' '}
                    {Object.entries(person.counts)
                      .map(
                        ([kind, count]) =>
                          `${t(CONTRIBUTION_MESSAGES[kind as EventKind])} ${count}`,
                      )
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {merged || others.length === 0 ? null : (
            <section aria-labelledby="merge-heading" class="merge">
              <h3 id="merge-heading">{t('mergeHeading')}</h3>
              <p class="muted">{t('mergeHelp')}</p>
              <label class="field">
                <span class="sr-only">{t('mergeInto')}</span>
                <select
                  value={mergeTarget}
                  onChange={(event) => setMergeTarget(event.currentTarget.value)}
                  data-testid="merge-target"
                >
                  <option value="">{t('mergeChoose')}</option>
                  {others.map((other: Initiative) => (
                    <option key={other.id} value={other.id}>
                      {other.title}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                class="secondary"
                disabled={!mergeTarget}
                onClick={() =>
                  void run(
                    () =>
                      mergeInitiatives(db, clock, actor, {
                        from: initiative.id,
                        into: mergeTarget,
                      }),
                    (into) => onOpenInitiative(into.id),
                  )
                }
                data-testid="merge"
              >
                {t('mergeInto')}
              </button>
            </section>
          )}
        </div>
      </div>
    </section>
  );
}

/** The initiative's title, description, category and area, changed in one 'edited' event. */
function EditInitiative({ initiative, onDone }: { initiative: Initiative; onDone(): void }) {
  const { db, clock, actor, t, municipalities } = useTracker();
  const [title, setTitle] = useState(initiative.title);
  const [description, setDescription] = useState(initiative.description);
  const [category, setCategory] = useState<CategoryId>(initiative.category);
  const [municipality, setMunicipality] = useState(
    municipalityName(municipalities, initiative.area.municipality) ?? '',
  );
  const [place, setPlace] = useState(initiative.area.place ?? '');
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const { run, problem } = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!title.trim()) return setInvalid('titleRequired');
    const found = municipalityByName(municipalities, municipality);
    if (municipality.trim() && !found) return setInvalid('municipalityUnknown');
    setInvalid(null);
    void run(
      () =>
        updateInitiative(db, clock, actor, initiative.id, {
          title: title.trim(),
          description: description.trim(),
          category,
          area: {
            ...initiative.area,
            municipality: found?.code,
            place: place.trim() || undefined,
          },
        }),
      onDone,
    );
  };
  return (
    <form class="card" onSubmit={submit} noValidate data-testid="edit-initiative">
      <label class="field">
        {t('titleLabel')}
        <input
          value={title}
          maxLength={200}
          onInput={(event) => setTitle(event.currentTarget.value)}
          aria-invalid={invalid === 'titleRequired' ? 'true' : undefined}
        />
      </label>
      <CategoryField value={category} onChange={setCategory} />
      <MunicipalityField
        id="edit"
        value={municipality}
        invalid={invalid === 'municipalityUnknown'}
        onChange={setMunicipality}
      />
      <label class="field">
        {t('placeOptionalLabel')}
        <input
          value={place}
          maxLength={200}
          onInput={(event) => setPlace(event.currentTarget.value)}
        />
      </label>
      <label class="field field--stacked">
        {t('descriptionLabel')}
        <textarea
          value={description}
          rows={4}
          maxLength={20000}
          onInput={(event) => setDescription(event.currentTarget.value)}
        />
      </label>
      {invalid || problem ? (
        <p class="error" role="alert">
          {invalid ? t(invalid) : problem}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary">
          {t('save')}
        </button>
        <button type="button" class="link-button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
