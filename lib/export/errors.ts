/** Why a file could not be imported as a whole (a bad record is only rejected, with its reason). */
export type ImportErrorCode = 'invalid-file' | 'not-an-export' | 'unsupported-version';

/** Thrown before anything is written, so a refused file leaves the tracker as it was. */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Why an export could not be made: what it was asked to export is not there, or the browser
 * could not save the file (the page that saves it says why in the message).
 */
export type ExportErrorCode = 'initiative-not-found' | 'download-failed';

export class ExportError extends Error {
  override readonly name = 'ExportError';

  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
