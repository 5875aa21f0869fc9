import { useState } from 'preact/hooks';
import type { CategoryId } from '../../lib/classify/taxonomy';
import { CATEGORY_IDS } from '../../lib/classify/taxonomy';
import { formatCount } from '../../lib/format';
import type { Initiative } from '../../lib/schema/records';
import { TRIAGE_STATES } from '../../lib/schema/records';
import type { TriageState } from '../../lib/tracker/triage';
import { useTracker } from './context';
import { categoryLabel, TRIAGE_MESSAGES } from './labels';

const NEW_INITIATIVE = '__new__';

interface BulkBarProps {
  count: number;
  initiatives: readonly Initiative[];
  onLink(initiativeId: string): void;
  onNewInitiative(): void;
  onTriage(state: TriageState): void;
  onRecategorise(category: CategoryId): void;
  onDelete(): void;
  onClear(): void;
}

/** What can be done to every selected signal at once. */
export function BulkBar(props: BulkBarProps) {
  const { t, language } = useTracker();
  const [reset, setReset] = useState(0);
  // Each choice acts at once and the select returns to its prompt, ready for the next.
  const act = (run: () => void) => {
    run();
    setReset((n) => n + 1);
  };
  return (
    <section class="bulk" aria-label={t('bulkLabel')} data-testid="bulk-bar">
      <strong>{t('selectedCount', [formatCount(props.count, language)])}</strong>
      <select
        key={`link-${reset}`}
        aria-label={t('bulkLink')}
        onChange={(event) => {
          const value = event.currentTarget.value;
          act(() => (value === NEW_INITIATIVE ? props.onNewInitiative() : props.onLink(value)));
        }}
        data-testid="bulk-link"
      >
        <option value="">{t('bulkLink')}</option>
        <option value={NEW_INITIATIVE}>{t('newInitiativeFromSelection')}</option>
        {props.initiatives.map((initiative) => (
          <option key={initiative.id} value={initiative.id}>
            {initiative.title}
          </option>
        ))}
      </select>
      <select
        key={`triage-${reset}`}
        aria-label={t('bulkTriage')}
        onChange={(event) => act(() => props.onTriage(event.currentTarget.value as TriageState))}
        data-testid="bulk-triage"
      >
        <option value="">{t('bulkTriage')}</option>
        {TRIAGE_STATES.map((state) => (
          <option key={state} value={state}>
            {t(TRIAGE_MESSAGES[state])}
          </option>
        ))}
      </select>
      <select
        key={`category-${reset}`}
        aria-label={t('bulkRecategorise')}
        onChange={(event) =>
          act(() => props.onRecategorise(event.currentTarget.value as CategoryId))
        }
        data-testid="bulk-category"
      >
        <option value="">{t('bulkRecategorise')}</option>
        {CATEGORY_IDS.map((category) => (
          <option key={category} value={category}>
            {categoryLabel(t, category)}
          </option>
        ))}
      </select>
      <button type="button" class="danger" onClick={props.onDelete} data-testid="bulk-delete">
        {t('delete')}
      </button>
      <button type="button" class="link-button" onClick={props.onClear}>
        {t('clearSelection')}
      </button>
    </section>
  );
}
