import { useEffect, useMemo, useState } from 'preact/hooks';
import type { VliegwielDatabase } from '../lib/db/database';
import { signalsByIds } from '../lib/db/inbox';
import { effectiveCategory } from '../lib/db/signal-index';
import type { Clock } from '../lib/db/signals';
import type { Actor } from '../lib/db/store';
import { excerpt, relativeTime } from '../lib/format';
import { type GetMessage, signalCount, type UiLanguage } from '../lib/i18n';
import type { MunicipalityName } from '../lib/places/municipality-list';
import type { Signal } from '../lib/schema/records';
import { hasDetectionConsent, type Settings } from '../lib/settings';
import { SITE_NAMES } from '../lib/sites/names';
import { linkSignals, listInitiatives } from '../lib/tracker/initiatives';
import { myStalledInitiatives } from '../lib/tracker/monitor';
import { setTriage } from '../lib/tracker/triage';
import { watchedSignalIds } from '../lib/tracker/watch';
import { Problem } from './Problem';
import { categoryLabel, NEXT_STEP_MESSAGES, signalPlaceLabel } from './tracker/labels';
import { useLiveQuery } from './useLiveQuery';

/** How many watched signals the popup lists; the tracker has the rest. */
const SHOWN = 20;

export interface PopupProps {
  db: VliegwielDatabase;
  clock: Clock;
  actor: Actor;
  settings: Settings;
  t: GetMessage;
  language: UiLanguage;
  municipalities: readonly MunicipalityName[];
  /** When the popup was opened before this time; signals clipped since are marked new. */
  lastLookAt: string | undefined;
  onOpenTracker(hash?: string): void;
  onOpenOptions(): void;
  /** Opens the welcome page, where the user agrees to pages being read. */
  onOpenWelcome(): void;
}

/**
 * The professional's monitor: untriaged signals in the watched areas and topics, newest first,
 * with counts per category and triage in one click; and the stalled initiatives that need them.
 */
export function Popup(props: PopupProps) {
  const { db, clock, actor, settings, t, language, municipalities, lastLookAt } = props;
  const [category, setCategory] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const watched = useLiveQuery(async () => {
    const ids = await watchedSignalIds(db, settings);
    return { ids, shown: await signalsByIds(db, ids.slice(0, SHOWN)) };
  }, [db, settings.watchedAreas, settings.watchedTopics]);
  // Counts need every watched signal's category: read after the list, so the list shows first.
  const counts = useLiveQuery(async () => {
    if (watched.state !== 'ready') return null;
    const entries = await db.signalIndex.bulkGet(watched.value.ids);
    const byCategory = new Map<string, number>();
    for (const entry of entries) {
      if (entry) byCategory.set(entry.category, (byCategory.get(entry.category) ?? 0) + 1);
    }
    return [...byCategory].sort((a, b) => b[1] - a[1]);
  }, [db, watched]);
  const stalled = useLiveQuery(
    () => myStalledInitiatives(db, settings, clock.now()),
    [db, settings],
  );
  const initiatives = useLiveQuery(() => listInitiatives(db), [db]);
  const now = useMemo(() => clock.now(), [watched]);

  const act = (work: () => Promise<unknown>) =>
    void work().then(
      () => setProblem(null),
      (error) => setProblem(`${t('errorUnexpected')} (${String(error)})`),
    );
  const shown =
    watched.state === 'ready'
      ? watched.value.shown.filter(
          (signal) => category === null || effectiveCategory(signal) === category,
        )
      : [];
  const total = watched.state === 'ready' ? watched.value.ids.length : 0;
  const watching = settings.watchedAreas.length > 0 || settings.watchedTopics.length > 0;

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="brand">{t('extensionName')}</h1>
        {watched.state === 'ready' ? (
          <p class="popup__count" data-testid="signal-count">
            {signalCount(t, total, language)}
          </p>
        ) : null}
      </header>
      {hasDetectionConsent(settings) ? null : (
        <p class="notice" data-testid="popup-no-consent">
          {t('popupNoConsent')}{' '}
          <button type="button" class="link-button" onClick={props.onOpenWelcome}>
            {t('popupNoConsentAction')}
          </button>
        </p>
      )}
      <p class="muted popup__scope">{watching ? t('popupWatchedScope') : t('popupAllScope')}</p>
      {stalled.state === 'ready' && stalled.value.length > 0 ? (
        <section class="popup__stalled" aria-labelledby="stalled-heading">
          <h2 id="stalled-heading" class="section-title">
            {t('popupStalledHeading')}
          </h2>
          <ul class="popup__list">
            {stalled.value.slice(0, 3).map(({ initiative, idleDays, nextStep }) => (
              <li key={initiative.id} class="notice notice--stalled" data-testid="popup-stalled">
                <button
                  type="button"
                  class="link-button"
                  onClick={() => props.onOpenTracker(`#initiative=${initiative.id}`)}
                >
                  {initiative.title}
                </button>
                <span>
                  {' '}
                  · {t('idleForDays', [String(idleDays)])}. {t('nextStepLabel')}:{' '}
                  {t(NEXT_STEP_MESSAGES[nextStep])}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {counts.state === 'ready' && counts.value && counts.value.length > 1 ? (
        <fieldset class="chip-list popup__categories">
          <legend class="sr-only">{t('filterCategory')}</legend>
          {counts.value.map(([id, count]) => (
            <button
              key={id}
              type="button"
              class="chip chip--button"
              aria-pressed={category === id}
              onClick={() => setCategory(category === id ? null : id)}
            >
              {categoryLabel(t, id || undefined)} {count}
            </button>
          ))}
        </fieldset>
      ) : null}
      {watched.state === 'loading' ? <p class="muted">{t('loading')}</p> : null}
      {watched.state === 'failed' ? <p class="error">{String(watched.error)}</p> : null}
      <Problem text={problem} />
      {watched.state === 'ready' && total === 0 ? (
        <p class="empty">{watching ? t('popupNothingWatched') : t('popupNothingNew')}</p>
      ) : null}
      <ul class="popup__list" data-testid="popup-signals">
        {shown.map((signal: Signal) => {
          const place = signalPlaceLabel(signal, municipalities);
          const fresh = lastLookAt === undefined || signal.clippedAt > lastLookAt;
          return (
            <li key={signal.id} class="monitor-signal" data-signal-id={signal.id}>
              <p class="row__meta">
                <span class={`site site--${signal.source.site}`}>
                  {SITE_NAMES[signal.source.site]}
                </span>
                <span class="row__category">
                  {categoryLabel(t, effectiveCategory(signal) || undefined)}
                </span>
                {place ? <span class="row__place">{place}</span> : null}
                {fresh ? <span class="fresh">{t('sinceLastLook')}</span> : null}
                <time class="row__time" dateTime={signal.clippedAt}>
                  {relativeTime(signal.clippedAt, now, language)}
                </time>
              </p>
              <p class="monitor-signal__text">{excerpt(signal.text, 180)}</p>
              <div class="monitor-signal__actions">
                <button
                  type="button"
                  class="secondary small"
                  onClick={() =>
                    act(() => setTriage(db, clock, actor, [signal.id], 'acknowledged'))
                  }
                  data-testid="acknowledge"
                >
                  {t('acknowledge')}
                </button>
                <button
                  type="button"
                  class="secondary small"
                  onClick={() =>
                    act(() => setTriage(db, clock, actor, [signal.id], 'assigned', actor.id))
                  }
                  data-testid="assign-to-me"
                >
                  {t('assignToMe')}
                </button>
                <select
                  class="small"
                  value=""
                  aria-label={t('bulkLink')}
                  onChange={(event) => {
                    const id = event.currentTarget.value;
                    if (id) act(() => linkSignals(db, clock, actor, id, [signal.id]));
                  }}
                >
                  <option value="">{t('popupLink')}</option>
                  {(initiatives.state === 'ready' ? initiatives.value : []).map((initiative) => (
                    <option key={initiative.id} value={initiative.id}>
                      {initiative.title}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="link-button small"
                  onClick={() => props.onOpenTracker(`#signal=${signal.id}`)}
                >
                  {t('openInTrackerShort')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <footer class="popup__footer">
        <button type="button" class="link-button" onClick={props.onOpenOptions}>
          {t('openOptions')}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="open-tracker"
          onClick={() => props.onOpenTracker()}
        >
          {t('openTracker')}
        </button>
      </footer>
    </main>
  );
}

/** Keeps the time of the previous look for this popup, and records this look as the last one. */
export function useLastLook(
  settings: Settings,
  record: (at: string) => void,
  now: () => Date,
): string | undefined {
  const [previous] = useState(settings.lastLookAt);
  useEffect(() => record(now().toISOString()), []);
  return previous;
}
