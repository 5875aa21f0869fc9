import { useState } from 'preact/hooks';
import { formatCount } from '../../lib/format';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../../lib/schema/records';
import { listInitiatives } from '../../lib/tracker/initiatives';
import { stalledInitiatives } from '../../lib/tracker/stalled';
import { useLiveQuery } from '../useLiveQuery';
import { useTracker } from './context';
import { categoryLabel, municipalityName, STATUS_MESSAGES } from './labels';
import { NewInitiativeForm } from './NewInitiativeForm';

interface InitiativesProps {
  onOpenInitiative(id: string): void;
}

/** Every initiative, most recently active first, with how long it has been open or idle. */
export function Initiatives({ onOpenInitiative }: InitiativesProps) {
  const { db, t, settings, municipalities, now, language } = useTracker();
  const [status, setStatus] = useState<InitiativeStatus | ''>('');
  const [creating, setCreating] = useState(false);
  const data = useLiveQuery(async () => {
    const initiatives = await listInitiatives(db);
    const counts = await Promise.all(
      initiatives.map((i) => db.signals.where('initiativeId').equals(i.id).count()),
    );
    return initiatives.map((initiative, index) => ({ initiative, signals: counts[index] ?? 0 }));
  }, [db]);
  const rows = data.state === 'ready' ? data.value : [];
  const current = now();
  const stalled = new Map(
    stalledInitiatives(
      rows.map((row) => row.initiative),
      current,
      settings.stalledAfterDays,
    ).map((entry) => [entry.initiative.id, entry]),
  );
  const shown = rows.filter((row) => status === '' || row.initiative.status === status);
  const days = (iso: string) =>
    Math.max(0, Math.floor((current.getTime() - Date.parse(iso)) / 86_400_000));

  return (
    <section class="initiatives" aria-labelledby="initiatives-heading">
      <div class="initiatives__bar">
        <h2 id="initiatives-heading">{t('initiativesTab')}</h2>
        <label>
          {t('statusLabel')}{' '}
          <select
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as InitiativeStatus | '')}
            data-testid="filter-status"
          >
            <option value="">{t('filterAny')}</option>
            {INITIATIVE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_MESSAGES[s])}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="primary"
          onClick={() => setCreating(true)}
          data-testid="new-initiative-button"
        >
          {t('newInitiative')}
        </button>
      </div>
      {creating ? (
        <NewInitiativeForm
          signalIds={[]}
          signals={[]}
          onCancel={() => setCreating(false)}
          onCreated={(initiative) => {
            setCreating(false);
            onOpenInitiative(initiative.id);
          }}
        />
      ) : null}
      {data.state === 'ready' && shown.length === 0 ? (
        <p class="empty">{rows.length === 0 ? t('noInitiativesYet') : t('noMatches')}</p>
      ) : null}
      <ul class="initiative-list" data-testid="initiative-list">
        {shown.map(({ initiative, signals }) => {
          const idle = stalled.get(initiative.id);
          const area = municipalityName(municipalities, initiative.area.municipality);
          return (
            <li
              key={initiative.id}
              class={idle ? 'initiative-card initiative-card--stalled' : 'initiative-card'}
            >
              <button
                type="button"
                class="initiative-card__open"
                onClick={() => onOpenInitiative(initiative.id)}
              >
                <span class="initiative-card__title">{initiative.title}</span>
                <span class="initiative-card__meta">
                  <span class={`status status--${initiative.status}`}>
                    {t(STATUS_MESSAGES[initiative.status])}
                  </span>
                  <span>{categoryLabel(t, initiative.category)}</span>
                  {area ? <span>{area}</span> : null}
                  <span>{t('signalsLinked', [formatCount(signals, language)])}</span>
                  <span>{t('openForDays', [String(days(initiative.createdAt))])}</span>
                </span>
                {idle ? (
                  <span class="initiative-card__stalled" data-testid="stalled-flag">
                    {t('idleForDays', [String(idle.idleDays)])}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
