import { useState } from 'preact/hooks';
import { GroupError, type GroupErrorCode } from '../../lib/groups/errors';
import type { MessageKey } from '../../lib/i18n';
import { TrackerError, type TrackerErrorCode } from '../../lib/tracker/errors';
import { useTracker } from './context';

const ERROR_MESSAGES: Record<TrackerErrorCode | GroupErrorCode, MessageKey> = {
  'group-not-found': 'errorGroupNotFound',
  'duplicate-group': 'errorDuplicateGroup',
  'invalid-file': 'errorInvalidInput',
  'initiative-not-found': 'errorInitiativeNotFound',
  'signal-not-found': 'errorSignalNotFound',
  'initiative-merged': 'errorInitiativeMerged',
  'merge-into-itself': 'errorMergeIntoItself',
  'invalid-input': 'errorInvalidInput',
};

/**
 * Runs a tracker or group write and says in words what went wrong when it refuses; a refused write has
 * changed nothing (lib/tracker), so the page only needs to show why.
 */
export function useAction() {
  const { t } = useTracker();
  const [problem, setProblem] = useState<string | null>(null);
  async function run<T>(work: () => Promise<T>, then?: (value: T) => void): Promise<void> {
    try {
      const value = await work();
      setProblem(null);
      then?.(value);
    } catch (error) {
      setProblem(
        error instanceof TrackerError || error instanceof GroupError
          ? `${t(ERROR_MESSAGES[error.code])} (${error.message})`
          : `${t('errorUnexpected')} (${String(error)})`,
      );
    }
  }
  return { run, problem };
}
