import { useState } from 'preact/hooks';
import { CATEGORY_IDS } from '../../lib/classify/taxonomy';
import type { InboxFilter, InboxSort } from '../../lib/db/inbox';
import { municipalityByName } from '../../lib/places/municipality-list';
import { SITE_IDS, type SiteId, TRIAGE_STATES, type Verdict } from '../../lib/schema/records';
import { SITE_NAMES } from '../../lib/sites/names';
import { useLiveQuery } from '../useLiveQuery';
import { useTracker } from './context';
import { categoryLabel, municipalityName, TRIAGE_MESSAGES } from './labels';

interface FilterBarProps {
  filter: InboxFilter;
  sort: InboxSort;
  searchInput: preact.Ref<HTMLInputElement>;
  onFilter(filter: InboxFilter): void;
  onSort(sort: InboxSort): void;
}

type Single<K extends keyof InboxFilter> =
  NonNullable<InboxFilter[K]> extends (infer E)[] ? E : never;

/** Filters used less often sit behind "More filters", open while any of them is set. */
const SECONDARY = ['sites', 'verdicts', 'clippedBy', 'linked', 'from', 'to'] as const;

/** One choice per filter ("any" or a value); the query takes lists, so one value is a list of one. */
function single<K extends keyof InboxFilter>(filter: InboxFilter, key: K): string {
  const value = filter[key];
  return Array.isArray(value) ? String(value[0] ?? '') : '';
}

/** Filters, search and sort of the signal inbox. */
export function FilterBar({ filter, sort, searchInput, onFilter, onSort }: FilterBarProps) {
  const { t, municipalities, actor, db } = useTracker();
  // The workspace's people (kept by sync), so the signals each of them clipped can be found.
  const members = useLiveQuery(
    async () => (await db.members.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    [db],
  );
  const others =
    members.state === 'ready' ? members.value.filter((member) => member.id !== actor.id) : [];
  const set = <K extends keyof InboxFilter>(key: K, value: InboxFilter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
    else next[key] = value;
    onFilter(next);
  };
  const choose = <K extends keyof InboxFilter>(key: K, value: string) =>
    set(key, (value ? [value as Single<K>] : undefined) as InboxFilter[K] | undefined);
  const hasFilter = Object.keys(filter).length > 0;
  const secondaryActive = SECONDARY.filter((key) => filter[key] !== undefined).length;
  // Open while the user keeps it open, and from the start when one of its filters is set.
  const [moreOpen, setMoreOpen] = useState(secondaryActive > 0);

  return (
    <form
      class="filters"
      aria-label={t('searchLabel')}
      onSubmit={(event) => event.preventDefault()}
    >
      <label class="filters__search">
        <span class="sr-only">{t('searchLabel')}</span>
        <input
          ref={searchInput}
          type="search"
          placeholder={t('searchPlaceholder')}
          value={filter.search ?? ''}
          maxLength={200}
          onInput={(event) => set('search', event.currentTarget.value || undefined)}
          data-testid="search"
        />
      </label>
      <label>
        {t('filterCategory')}
        <select
          value={single(filter, 'categories')}
          onChange={(event) => choose('categories', event.currentTarget.value)}
          data-testid="filter-category"
        >
          <option value="">{t('filterAny')}</option>
          {CATEGORY_IDS.map((category) => (
            <option key={category} value={category}>
              {categoryLabel(t, category)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('municipalityLabel')}
        <input
          list="filter-municipalities"
          defaultValue={municipalityName(municipalities, single(filter, 'municipalities')) ?? ''}
          onChange={(event) => {
            const typed = event.currentTarget.value;
            const found = municipalityByName(municipalities, typed);
            event.currentTarget.setAttribute('aria-invalid', String(typed !== '' && !found));
            choose('municipalities', found?.code ?? '');
          }}
          data-testid="filter-municipality"
        />
        <datalist id="filter-municipalities">
          {municipalities.map((m) => (
            <option key={m.code} value={m.name} />
          ))}
        </datalist>
      </label>
      <label>
        {t('filterPlace')}
        <input
          defaultValue={single(filter, 'places')}
          maxLength={200}
          placeholder={t('filterPlacePlaceholder')}
          onChange={(event) => choose('places', event.currentTarget.value.trim())}
          data-testid="filter-place"
        />
      </label>
      <label>
        {t('filterTriage')}
        <select
          value={single(filter, 'triage')}
          onChange={(event) => choose('triage', event.currentTarget.value)}
          data-testid="filter-triage"
        >
          <option value="">{t('filterAny')}</option>
          {TRIAGE_STATES.map((state) => (
            <option key={state} value={state}>
              {t(TRIAGE_MESSAGES[state])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('sortLabel')}
        <select
          value={sort}
          onChange={(event) => onSort(event.currentTarget.value as InboxSort)}
          data-testid="sort"
        >
          <option value="newest">{t('sortNewest')}</option>
          <option value="oldest">{t('sortOldest')}</option>
        </select>
      </label>
      {hasFilter ? (
        <button type="button" class="link-button" onClick={() => onFilter({})}>
          {t('clearFilters')}
        </button>
      ) : null}
      <details
        class="filters__more"
        open={moreOpen}
        onToggle={(event) => setMoreOpen(event.currentTarget.open)}
      >
        <summary>
          {secondaryActive > 0
            ? t('moreFiltersActive', [String(secondaryActive)])
            : t('moreFilters')}
        </summary>
        <div class="filters__more-fields">
          <label>
            {t('filterSite')}
            <select
              value={single(filter, 'sites')}
              onChange={(event) => choose('sites', event.currentTarget.value as SiteId)}
              data-testid="filter-site"
            >
              <option value="">{t('filterAny')}</option>
              {SITE_IDS.map((site) => (
                <option key={site} value={site}>
                  {SITE_NAMES[site]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filterVerdict')}
            <select
              value={single(filter, 'verdicts')}
              onChange={(event) => choose('verdicts', event.currentTarget.value as Verdict)}
              data-testid="filter-verdict"
            >
              <option value="">{t('filterAny')}</option>
              <option value="local-issue">{t('verdictLocal')}</option>
              <option value="other">{t('verdictOther')}</option>
            </select>
          </label>
          <label>
            {t('filterClippedBy')}
            <select
              value={single(filter, 'clippedBy')}
              onChange={(event) => choose('clippedBy', event.currentTarget.value)}
              data-testid="filter-clipped-by"
            >
              <option value="">{t('filterAny')}</option>
              <option value={actor.id}>{t('you')}</option>
              {others.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filterLinked')}
            <select
              value={filter.linked ?? ''}
              onChange={(event) =>
                set('linked', (event.currentTarget.value || undefined) as InboxFilter['linked'])
              }
              data-testid="filter-linked"
            >
              <option value="">{t('filterAny')}</option>
              <option value="linked">{t('filterLinkedYes')}</option>
              <option value="unlinked">{t('filterLinkedNo')}</option>
            </select>
          </label>
          <label>
            {t('filterFrom')}
            <input
              type="date"
              value={localDay(filter.from)}
              onChange={(event) => set('from', dayStart(event.currentTarget.value))}
              data-testid="filter-from"
            />
          </label>
          <label>
            {t('filterTo')}
            <input
              type="date"
              value={localDay(filter.to)}
              onChange={(event) => set('to', dayEnd(event.currentTarget.value))}
              data-testid="filter-to"
            />
          </label>
        </div>
      </details>
    </form>
  );
}

/** A date input's day, as the first and last moment of that day in the user's time zone. */
function dayStart(day: string): string | undefined {
  return day ? new Date(`${day}T00:00:00`).toISOString() : undefined;
}
function dayEnd(day: string): string | undefined {
  return day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined;
}

/** The day (YYYY-MM-DD) of a moment in the user's time zone, as a date input shows it. */
function localDay(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
