import { Dexie } from 'dexie';
import { CATEGORY_IDS, type CategoryId } from '../../lib/classify/taxonomy';
import type { VliegwielDatabase } from '../../lib/db/database';
import { effectiveMunicipality, effectiveVerdict } from '../../lib/db/signal-index';
import { absoluteTime } from '../../lib/format';
import type { Signal } from '../../lib/schema/records';
import { TRIAGE_STATES } from '../../lib/schema/records';
import { SITE_NAMES } from '../../lib/sites/names';
import { duplicateCandidates, similarInitiatives } from '../../lib/tracker/duplicates';
import { linkSignals, listInitiatives, unlinkSignals } from '../../lib/tracker/initiatives';
import { signalTimeline } from '../../lib/tracker/timeline';
import { recategorise, setTriage, type TriageState } from '../../lib/tracker/triage';
import { Problem } from '../Problem';
import { useLiveQuery } from '../useLiveQuery';
import { useTracker } from './context';
import {
  categoryLabel,
  reasonsLabel,
  signalCategoryLabel,
  signalPlaceLabel,
  TRIAGE_MESSAGES,
} from './labels';
import { SuggestionsPanel } from './Suggestions';
import { Timeline } from './Timeline';
import { useAction } from './useAction';

/** How many recent signals of the same municipality are compared for duplicates. */
const DUPLICATE_POOL = 1000;
const DUPLICATES_SHOWN = 3;

/** Recent signals from the same municipality (or the most recent at all): the likely duplicates. */
async function duplicatePool(db: VliegwielDatabase, signal: Signal): Promise<Signal[]> {
  const municipality = effectiveMunicipality(signal);
  const ids = municipality
    ? await db.signalIndex
        .where('[municipality+clippedAt]')
        .between([municipality, Dexie.minKey], [municipality, Dexie.maxKey])
        .reverse()
        .limit(DUPLICATE_POOL)
        .primaryKeys()
    : await db.signalIndex.orderBy('clippedAt').reverse().limit(DUPLICATE_POOL).primaryKeys();
  return (await db.signals.bulkGet(ids)).filter((s): s is Signal => s !== undefined);
}

interface SignalDetailProps {
  signalId: string;
  onClose(): void;
  onOpenInitiative(id: string): void;
}

/** One signal in full: its text, why it was judged so, triage, its initiative, its history. */
export function SignalDetail({ signalId, onClose, onOpenInitiative }: SignalDetailProps) {
  const { db, clock, actor, t, language, municipalities } = useTracker();
  const data = useLiveQuery(async () => {
    const signal = await db.signals.get(signalId);
    if (!signal) return null;
    const [events, initiatives, pool] = await Promise.all([
      signalTimeline(db, signalId),
      listInitiatives(db),
      duplicatePool(db, signal),
    ]);
    return { signal, events, initiatives, pool };
  }, [db, signalId]);
  const { run, problem } = useAction();

  if (data.state !== 'ready') return <aside class="detail" aria-busy="true" />;
  if (!data.value) {
    return (
      <aside class="detail">
        <p class="empty">{t('signalGone')}</p>
        <button type="button" class="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </aside>
    );
  }
  const { signal, events, initiatives, pool } = data.value;
  const initiative = initiatives.find((i) => i.id === signal.initiativeId);
  const duplicates = duplicateCandidates(pool, signal, DUPLICATES_SHOWN);
  const joinable = signal.initiativeId ? [] : similarInitiatives(initiatives, signal, 3);
  const author = signal.source.authorName ?? signal.source.authorHandle ?? t('unknownAuthor');
  const local = effectiveVerdict(signal) === 'local-issue';
  const place = signalPlaceLabel(signal, municipalities);

  return (
    <aside class="detail" aria-labelledby="detail-heading" data-testid="signal-detail">
      <header class="detail__header">
        <h2 id="detail-heading">
          <span class={`site site--${signal.source.site}`}>{SITE_NAMES[signal.source.site]}</span>{' '}
          {author}
          {signal.source.authorHandle && signal.source.authorName ? (
            <span class="muted"> @{signal.source.authorHandle}</span>
          ) : null}
        </h2>
        <button type="button" class="icon-button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <p class="detail__text" data-testid="detail-text">
        {signal.text}
      </p>
      <p class="muted">
        {t('clippedLabel')}: {absoluteTime(signal.clippedAt, language)}
        {signal.source.postedAt
          ? ` · ${t('postedLabel')}: ${absoluteTime(signal.source.postedAt, language)}`
          : ''}{' '}
        ·{' '}
        <a
          href={signal.source.url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="original-link"
        >
          {t('viewOriginal')}
        </a>
      </p>
      {signal.note ? <p class="detail__note">{signal.note}</p> : null}
      <dl class="facts">
        <dt>{t('verdictLabel')}</dt>
        <dd>
          {local ? t('verdictLocal') : t('verdictOther')}
          {signal.confidence !== undefined && !signal.correctedVerdict
            ? ` · ${t('confidencePercent', [`${Math.min(99, Math.round(signal.confidence * 100))}%`])}`
            : ''}
          {signal.correctedVerdict ? ` · ${t('corrected')}` : ''}
        </dd>
        <dt>{t('categoryLabel')}</dt>
        <dd>
          <select
            value={signal.correctedCategory ?? signal.category ?? ''}
            onChange={(event) =>
              void run(() =>
                recategorise(
                  db,
                  clock,
                  actor,
                  [signal.id],
                  event.currentTarget.value as CategoryId,
                ),
              )
            }
            aria-label={t('categoryLabel')}
            data-testid="detail-category"
          >
            {signal.category || signal.correctedCategory ? null : (
              <option value="">{signalCategoryLabel(t, signal)}</option>
            )}
            {CATEGORY_IDS.map((id) => (
              <option key={id} value={id}>
                {categoryLabel(t, id)}
              </option>
            ))}
          </select>
        </dd>
        <dt>{t('placesLabel')}</dt>
        <dd>{place || t('placeUnknown')}</dd>
        <dt>{t('filterTriage')}</dt>
        <dd class="inline-actions">
          <select
            value={signal.triage ?? 'new'}
            onChange={(event) =>
              void run(() =>
                setTriage(db, clock, actor, [signal.id], event.currentTarget.value as TriageState),
              )
            }
            aria-label={t('filterTriage')}
            data-testid="detail-triage"
          >
            {TRIAGE_STATES.map((state) => (
              <option key={state} value={state}>
                {t(TRIAGE_MESSAGES[state])}
              </option>
            ))}
          </select>
          {signal.triage === 'assigned' && signal.assignedTo === actor.id ? (
            <span class="muted">{t('assignedToYou')}</span>
          ) : (
            <button
              type="button"
              class="link-button"
              onClick={() =>
                void run(() => setTriage(db, clock, actor, [signal.id], 'assigned', actor.id))
              }
            >
              {t('assignToMe')}
            </button>
          )}
        </dd>
        <dt>{t('initiativeLabel')}</dt>
        <dd class="inline-actions">
          {initiative ? (
            <>
              <button
                type="button"
                class="link-button"
                onClick={() => onOpenInitiative(initiative.id)}
                data-testid="detail-initiative"
              >
                {initiative.title}
              </button>
              <button
                type="button"
                class="link-button muted"
                onClick={() => void run(() => unlinkSignals(db, clock, actor, [signal.id]))}
              >
                {t('unlink')}
              </button>
            </>
          ) : (
            <select
              value=""
              aria-label={t('bulkLink')}
              onChange={(event) => {
                const id = event.currentTarget.value;
                if (id) void run(() => linkSignals(db, clock, actor, id, [signal.id]));
              }}
              data-testid="detail-link"
            >
              <option value="">{t('bulkLink')}</option>
              {initiatives.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
          )}
        </dd>
      </dl>
      <Problem text={problem} />
      {joinable.length > 0 ? (
        <section class="suggestions" aria-labelledby="join-heading">
          <h3 id="join-heading">{t('joinHeading')}</h3>
          <ul>
            {joinable.map(({ initiative: candidate, reasons }) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  class="link-button"
                  onClick={() =>
                    void run(() => linkSignals(db, clock, actor, candidate.id, [signal.id]))
                  }
                >
                  {t('joinInitiative', [candidate.title])}
                </button>{' '}
                <span class="muted">{reasonsLabel(t, reasons)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {duplicates.length > 0 ? (
        <section class="suggestions" aria-labelledby="duplicates-heading">
          <h3 id="duplicates-heading">{t('duplicatesHeading')}</h3>
          <ul data-testid="duplicates">
            {duplicates.map(({ signal: other, reasons }) => (
              <li key={other.id}>
                <span class={`site site--${other.source.site}`}>
                  {SITE_NAMES[other.source.site]}
                </span>{' '}
                {other.text.slice(0, 120)} <span class="muted">{reasonsLabel(t, reasons)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SuggestionsPanel
        subject={{
          signalId: signal.id,
          ...(signal.initiativeId ? { initiativeId: signal.initiativeId } : {}),
        }}
        basis={JSON.stringify([signal.correctedArea, signal.correctedCategory])}
        events={events}
      />
      <Timeline events={events} subject={{ signalId: signal.id }} />
    </aside>
  );
}
