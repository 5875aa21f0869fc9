/** Why a tracker operation refused its input; the UI translates the code. */
export type TrackerErrorCode =
  | 'initiative-not-found'
  | 'signal-not-found'
  | 'initiative-merged'
  | 'merge-into-itself'
  | 'invalid-input';

/** Thrown by every tracker write that refuses its input; the write then has changed nothing. */
export class TrackerError extends Error {
  override readonly name = 'TrackerError';

  constructor(
    readonly code: TrackerErrorCode,
    message: string,
  ) {
    super(message);
  }
}
