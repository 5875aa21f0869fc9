import { useState } from 'preact/hooks';
import {
  ExportError,
  type ExportErrorCode,
  ImportError,
  type ImportErrorCode,
} from '../../lib/export/errors';
import { GroupError, type GroupErrorCode } from '../../lib/groups/errors';
import type { GetMessage, MessageKey } from '../../lib/i18n';
import { TrackerError, type TrackerErrorCode } from '../../lib/tracker/errors';
import { useTracker } from './context';

const ERROR_MESSAGES: Record<TrackerErrorCode | GroupErrorCode | ExportErrorCode, MessageKey> = {
  'group-not-found': 'errorGroupNotFound',
  'duplicate-group': 'errorDuplicateGroup',
  'invalid-file': 'errorInvalidInput',
  'initiative-not-found': 'errorInitiativeNotFound',
  'signal-not-found': 'errorSignalNotFound',
  'initiative-merged': 'errorInitiativeMerged',
  'merge-into-itself': 'errorMergeIntoItself',
  'invalid-input': 'errorInvalidInput',
  'download-failed': 'errorDownloadFailed',
};

/** A file refused as a whole is refused before anything is written: the words say so. */
const IMPORT_ERROR_MESSAGES: Record<ImportErrorCode, MessageKey> = {
  'invalid-file': 'errorImportInvalidFile',
  'not-an-export': 'errorImportNotAnExport',
  'unsupported-version': 'errorImportNewerVersion',
};

/** Why a write, an export or an import was refused, in words, with the details after it. */
function problemText(t: GetMessage, error: unknown): string {
  if (
    error instanceof TrackerError ||
    error instanceof GroupError ||
    error instanceof ExportError
  ) {
    return `${t(ERROR_MESSAGES[error.code])} (${error.message})`;
  }
  if (error instanceof ImportError) {
    return `${t(IMPORT_ERROR_MESSAGES[error.code])} (${error.message})`;
  }
  return `${t('errorUnexpected')} (${String(error)})`;
}

/**
 * Runs a tracker or group write, an export or an import, and says in words what went wrong when
 * it refuses; a refused write has changed nothing (lib/tracker, lib/export), so the page only
 * needs to show why.
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
      setProblem(problemText(t, error));
    }
  }
  return { run, problem };
}
