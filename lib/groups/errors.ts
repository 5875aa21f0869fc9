/** Why a write to the group directory, or the reading of a groups file, was refused. */
export type GroupErrorCode =
  | 'invalid-input'
  | 'group-not-found'
  | 'duplicate-group'
  | 'invalid-file';

/** Thrown by every group write that refuses its input (it then has changed nothing), and for unreadable files. */
export class GroupError extends Error {
  override readonly name = 'GroupError';

  constructor(
    readonly code: GroupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
