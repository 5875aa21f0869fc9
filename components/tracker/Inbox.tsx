import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CategoryId } from '../../lib/classify/taxonomy';
import type { VliegwielDatabase } from '../../lib/db/database';
import {
  type InboxFilter,
  type InboxResult,
  type InboxSort,
  signalsByIds,
} from '../../lib/db/inbox';
import { type InboxSnapshot, pageInboxSnapshot } from '../../lib/db/inbox-snapshot';
import { formatCount } from '../../lib/format';
import { signalCount } from '../../lib/i18n';
import type { Signal } from '../../lib/schema/records';
import { type DeletedSignals, deleteSignals, restoreSignals } from '../../lib/tracker/deletion';
import { linkSignals, listInitiatives } from '../../lib/tracker/initiatives';
import { recategorise, setTriage, type TriageState } from '../../lib/tracker/triage';
import { Problem } from '../Problem';
import { type LiveResult, useLiveQuery } from '../useLiveQuery';
import { useVirtualList } from '../useVirtualList';
import { BulkBar } from './BulkBar';
import { useTracker } from './context';
import { FilterBar } from './FilterBar';
import { NewInitiativeForm } from './NewInitiativeForm';
import { SignalDetail } from './SignalDetail';
import { SignalRow } from './SignalRow';
import { useAction } from './useAction';

/** Height of a row in the inbox, in CSS pixels; rows are fixed so the list need not measure. */
const ROW_HEIGHT = 76;

interface InboxProps {
  /** The signal whose detail is open (from the address), if any. */
  openSignalId: string | null;
  onOpenSignal(id: string | null): void;
  onOpenInitiative(id: string): void;
  searchInput: preact.Ref<HTMLInputElement>;
  /** Told which signals the list shows (its filter's result, in order), null once it is gone. */
  onShownSignals(signalIds: readonly string[] | null): void;
}

/**
 * Every signal matching the filter, in order, from the page's snapshot of the signals: answered
 * again when the filter or the sort changes, and when the snapshot took in a change.
 */
function useInboxQuery(
  db: VliegwielDatabase,
  filter: InboxFilter,
  sort: InboxSort,
): LiveResult<InboxResult> {
  const [result, setResult] = useState<LiveResult<InboxResult>>({ state: 'loading' });
  useEffect(() => {
    let stop: (() => void) | undefined;
    let current = true;
    const answer = (snapshot: InboxSnapshot) => {
      try {
        setResult({ state: 'ready', value: snapshot.query(filter, sort) });
      } catch (error) {
        setResult({ state: 'failed', error });
      }
    };
    pageInboxSnapshot(db).then(
      (snapshot) => {
        if (!current) return;
        stop = snapshot.subscribe(() => answer(snapshot));
        answer(snapshot);
      },
      (error: unknown) => current && setResult({ state: 'failed', error }),
    );
    return () => {
      current = false;
      stop?.();
    };
  }, [db, filter, sort]);
  return result;
}

/** The signals inbox: filter, search, sort, select many, act on them, read one in full. */
export function Inbox({
  openSignalId,
  onOpenSignal,
  onOpenInitiative,
  searchInput,
  onShownSignals,
}: InboxProps) {
  const { db, clock, actor, t, language } = useTracker();
  const [filter, setFilter] = useState<InboxFilter>({});
  const [sort, setSort] = useState<InboxSort>('newest');
  const result = useInboxQuery(db, filter, sort);
  const ids = result.state === 'ready' ? result.value.ids : [];
  useEffect(() => {
    onShownSignals(result.state === 'ready' ? result.value.ids : null);
  }, [result]);
  useEffect(() => () => onShownSignals(null), []);
  const initiatives = useLiveQuery(() => listInitiatives(db), [db]);
  const initiativeTitles = useMemo(
    () =>
      new Map((initiatives.state === 'ready' ? initiatives.value : []).map((i) => [i.id, i.title])),
    [initiatives],
  );

  const list = useVirtualList(ids.length, ROW_HEIGHT);
  const first = list.rows[0]?.index ?? 0;
  const last = list.rows.at(-1)?.index ?? -1;
  const visibleIds = ids.slice(first, last + 1);
  const visibleKey = visibleIds.join(',');
  const visible = useLiveQuery(() => signalsByIds(db, visibleIds), [db, visibleKey]);
  const byId = useMemo(
    () => new Map((visible.state === 'ready' ? visible.value : []).map((s) => [s.id, s])),
    [visible],
  );

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState(0);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const [undo, setUndo] = useState<DeletedSignals | null>(null);
  /** What an undo could not bring back, said where the undo was offered. */
  const [undoNotice, setUndoNotice] = useState<string | null>(null);
  const { run, problem } = useAction();
  const listElement = useRef<HTMLDivElement>(null);

  // A filter change starts the list again from the top, with nothing selected.
  useEffect(() => {
    setSelected(new Set());
    setActive(0);
    setAnchor(0);
  }, [filter, sort]);

  const toggle = (index: number, range: boolean) => {
    const next = new Set(selected);
    if (range) {
      const [from, to] = index < anchor ? [index, anchor] : [anchor, index];
      for (const id of ids.slice(from, to + 1)) next.add(id);
    } else {
      const id = ids[index];
      if (id === undefined) return;
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setAnchor(index);
    }
    setActive(index);
    setSelected(next);
  };
  const open = (index: number) => {
    setActive(index);
    const id = ids[index];
    if (id) onOpenSignal(id);
  };
  const moveTo = (index: number) => {
    const bounded = Math.max(0, Math.min(ids.length - 1, index));
    setActive(bounded);
    list.scrollToIndex(bounded);
    requestAnimationFrame(() =>
      listElement.current
        ?.querySelector<HTMLElement>(`[data-row-index="${bounded}"] .row__open`)
        ?.focus(),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.target as Element).closest('input, select, textarea')) return;
    const page = Math.max(1, list.rows.length - 4);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      j: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      k: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(ids.length - 1),
      x: () => toggle(active, event.shiftKey),
      ' ': () => toggle(active, event.shiftKey),
      Enter: () => open(active),
      Escape: () => (openSignalId ? onOpenSignal(null) : setSelected(new Set())),
    };
    const handler =
      (event.ctrlKey || event.metaKey) && event.key === 'a'
        ? () => setSelected(new Set(ids))
        : keys[event.key];
    if (!handler || event.altKey) return;
    event.preventDefault();
    handler();
  };

  const chosen = [...selected];
  const afterBulk = () => setSelected(new Set());

  return (
    <div class={`inbox${openSignalId ? ' inbox--detail' : ''}`}>
      <section class="inbox__list" aria-labelledby="inbox-heading">
        <h2 id="inbox-heading" class="sr-only">
          {t('signalsTab')}
        </h2>
        <FilterBar
          filter={filter}
          sort={sort}
          searchInput={searchInput}
          onFilter={setFilter}
          onSort={setSort}
        />
        <p class="inbox__count" role="status">
          <span data-testid="signal-count">
            {result.state === 'ready' ? signalCount(t, result.value.total, language) : t('loading')}
          </span>
          {ids.length > 0 && selected.size < ids.length ? (
            <>
              {' · '}
              <button
                type="button"
                class="link-button"
                onClick={() => setSelected(new Set(ids))}
                data-testid="select-all"
              >
                {t('selectAllResults', [formatCount(ids.length, language)])}
              </button>
            </>
          ) : null}
        </p>
        {selected.size > 0 ? (
          <BulkBar
            count={selected.size}
            initiatives={initiatives.state === 'ready' ? initiatives.value : []}
            onLink={(initiativeId) =>
              void run(() => linkSignals(db, clock, actor, initiativeId, chosen), afterBulk)
            }
            onNewInitiative={() => setCreating(true)}
            onTriage={(state: TriageState) =>
              void run(() => setTriage(db, clock, actor, chosen, state), afterBulk)
            }
            onRecategorise={(category: CategoryId) =>
              void run(() => recategorise(db, clock, actor, chosen, category), afterBulk)
            }
            onDelete={() =>
              void run(
                () => deleteSignals(db, clock, actor, chosen),
                (deleted) => {
                  afterBulk();
                  setUndo(deleted);
                  setUndoNotice(null);
                  if (openSignalId && selected.has(openSignalId)) onOpenSignal(null);
                },
              )
            }
            onClear={() => setSelected(new Set())}
          />
        ) : null}
        {creating ? (
          <NewInitiativeForm
            signalIds={chosen}
            signals={chosen.map((id) => byId.get(id)).filter((s): s is Signal => !!s)}
            onCancel={() => setCreating(false)}
            onCreated={(initiative) => {
              setCreating(false);
              afterBulk();
              onOpenInitiative(initiative.id);
            }}
          />
        ) : null}
        <Problem text={problem} />
        {undo ? (
          <p class="toast" role="status" data-testid="undo-toast">
            {t('deletedCount', [formatCount(undo.signals.length, language)])}{' '}
            <button
              type="button"
              class="link-button"
              onClick={() =>
                void run(
                  () => restoreSignals(db, undo),
                  (restored) => {
                    setUndo(null);
                    // A signal clipped again, or deleted again, since is left as it is now.
                    if (restored.length < undo.signals.length) {
                      setUndoNotice(
                        t('restoredSome', [
                          formatCount(restored.length, language),
                          formatCount(undo.signals.length, language),
                        ]),
                      );
                    }
                  },
                )
              }
              data-testid="undo"
            >
              {t('undo')}
            </button>
          </p>
        ) : null}
        {undoNotice ? (
          <p class="toast" role="status" data-testid="undo-notice">
            {undoNotice}{' '}
            <button
              type="button"
              class="link-button"
              onClick={() => setUndoNotice(null)}
              data-testid="undo-notice-close"
            >
              {t('close')}
            </button>
          </p>
        ) : null}
        {result.state === 'ready' && ids.length === 0 ? (
          <p class="empty">{Object.keys(filter).length > 0 ? t('noMatches') : t('noSignalsYet')}</p>
        ) : null}
        {result.state === 'failed' ? <p class="error">{String(result.error)}</p> : null}
        <div
          ref={(element) => {
            list.scrollElement.current = element;
            listElement.current = element;
          }}
          class="inbox__scroller"
          data-testid="signal-rows"
        >
          <ul
            class="inbox__rows"
            aria-label={t('signalsTab')}
            style={{ height: `${list.totalHeight}px` }}
            onKeyDown={onKeyDown}
          >
            {list.rows.map((row) => {
              const id = ids[row.index] as string;
              const signal = byId.get(id);
              return (
                <li
                  key={id}
                  class="inbox__row"
                  style={{ transform: `translateY(${row.start}px)`, height: `${ROW_HEIGHT}px` }}
                >
                  <SignalRow
                    signal={signal}
                    index={row.index}
                    selected={selected.has(id)}
                    active={row.index === active}
                    open={id === openSignalId}
                    initiativeTitle={
                      signal?.initiativeId ? initiativeTitles.get(signal.initiativeId) : undefined
                    }
                    onToggle={toggle}
                    onOpen={open}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      </section>
      {openSignalId ? (
        <SignalDetail
          signalId={openSignalId}
          onClose={() => onOpenSignal(null)}
          onOpenInitiative={onOpenInitiative}
        />
      ) : null}
    </div>
  );
}
