import { useEffect, useState } from 'preact/hooks';
import { IMPORT_TABLES, type ImportTable, type RecordPlace } from '../../lib/export/batch';
import {
  type AlreadyThereBecause,
  addedCount,
  applyImport,
  type ImportPlan,
  type ImportProgress,
  type ImportReport,
  importFileText,
  planImport,
  readImportFile,
} from '../../lib/export/import';
import { formatCount } from '../../lib/format';
import type { GetMessage, MessageKey } from '../../lib/i18n';
import { useTracker } from './context';
import { Dialog } from './Dialog';
import { useAction } from './useAction';

/** Where the import is: nothing chosen, a file being read, its plan to confirm, or done. */
type Stage =
  | { kind: 'choosing' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'planned'; fileName: string; plan: ImportPlan }
  | { kind: 'importing'; fileName: string; plan: ImportPlan; progress?: ImportProgress }
  | { kind: 'done'; fileName: string; report: ImportReport };

/**
 * Import a JSON export or a signals CSV: the file is read and checked record by record, the plan
 * is shown before anything is written, and the import adds all of it in one transaction or none.
 */
export function ImportPanel({ onClose }: { onClose(): void }) {
  const { db, clock, t, language, municipalities } = useTracker();
  const count = (n: number) => formatCount(n, language);
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' });
  const { run, problem } = useAction();

  const read = (file: File) => {
    setStage({ kind: 'reading', fileName: file.name });
    void run(
      async () => {
        const text = importFileText(new Uint8Array(await file.arrayBuffer()));
        return planImport(db, readImportFile(text, { municipalities, newId: clock.newId }));
      },
      (plan) => setStage({ kind: 'planned', fileName: file.name, plan }),
    ).finally(() =>
      setStage((current) => (current.kind === 'reading' ? { kind: 'choosing' } : current)),
    );
  };
  const apply = (fileName: string, plan: ImportPlan) => {
    setStage({ kind: 'importing', fileName, plan });
    const progressed = (progress: ImportProgress) =>
      setStage((current) => (current.kind === 'importing' ? { ...current, progress } : current));
    void run(
      () => applyImport(db, plan, progressed),
      (report) => setStage({ kind: 'done', fileName, report }),
    ).finally(() =>
      setStage((current) =>
        current.kind === 'importing' ? { kind: 'planned', fileName, plan } : current,
      ),
    );
  };

  const busy = stage.kind === 'reading' || stage.kind === 'importing';
  const toAdd =
    stage.kind === 'planned' || stage.kind === 'importing' ? addedCount(stage.plan.report) : 0;
  return (
    <Dialog title={t('importHeading')} onClose={onClose} testId="import-panel">
      <div class="panel__body" aria-busy={busy}>
        <p class="muted">{t('importHelp')}</p>
        <label class="field field--stacked">
          {t('importFileLabel')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) read(file);
            }}
            data-testid="import-file"
          />
        </label>
        {stage.kind === 'reading' ? (
          <p role="status" aria-live="polite" data-testid="import-busy">
            {t('importReading')}
          </p>
        ) : null}
        {stage.kind === 'importing' ? <WritingProgress progress={stage.progress} /> : null}
        {problem ? (
          <p class="error" role="alert" data-testid="import-problem">
            {problem}
          </p>
        ) : null}
        {stage.kind === 'planned' || stage.kind === 'importing' ? (
          <section data-testid="import-plan">
            <h3>{t('importPlanHeading', [stage.fileName])}</h3>
            <ReportDetails report={stage.plan.report} done={false} />
            {stage.kind === 'importing' ? null : toAdd === 0 ? (
              <p>{t('importNothingNew')}</p>
            ) : (
              <button
                type="button"
                class="primary"
                onClick={() => apply(stage.fileName, stage.plan)}
                data-testid="import-apply"
              >
                {toAdd === 1 ? t('importApplyOne') : t('importApplyOther', [count(toAdd)])}
              </button>
            )}
          </section>
        ) : null}
        {stage.kind === 'done' ? (
          <section class="notice" role="status" data-testid="import-done">
            <h3>{t('importDoneHeading', [stage.fileName])}</h3>
            <ReportDetails report={stage.report} done />
          </section>
        ) : null}
      </div>
    </Dialog>
  );
}

/**
 * How far the writing is. A file of 100,000 signals takes most of a minute, and closing the page
 * meanwhile adds none of it, so the page says so.
 */
function WritingProgress({ progress }: { progress?: ImportProgress }) {
  const { t, language } = useTracker();
  const count = (n: number) => formatCount(n, language);
  // Closing or reloading the page now would lose the whole import: the browser asks first.
  useEffect(() => {
    const ask = (event: Event) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);
  return (
    <div class="import-progress" data-testid="import-busy">
      <progress
        max={progress?.total ?? 1}
        value={progress?.written ?? 0}
        aria-label={t('importApplying')}
      />
      <p role="status" aria-live="polite">
        {progress
          ? t('importWriting', [count(progress.written), count(progress.total)])
          : t('importApplying')}
      </p>
    </div>
  );
}

const TABLE_NAMES: Record<ImportTable, MessageKey> = {
  signals: 'importTableSignals',
  initiatives: 'importTableInitiatives',
  events: 'importTableEvents',
  groups: 'importTableGroups',
};

const BECAUSE_MESSAGES: Record<AlreadyThereBecause, MessageKey> = {
  'same-id': 'importBecauseSameId',
  'same-post': 'importBecauseSamePost',
  'same-selection': 'importBecauseSameSelection',
  'same-group': 'importBecauseSameGroup',
  'same-signal': 'importBecauseSameSignal',
};

/** A long list shows this many entries, then how many more there are. */
const LISTED = 100;

/** What the import adds (or added), what was already there and what it refused, and why. */
function ReportDetails({ report, done }: { report: ImportReport; done: boolean }) {
  const { t, language } = useTracker();
  const count = (list: readonly RecordPlace[], table: ImportTable) =>
    formatCount(list.filter((entry) => entry.table === table).length, language);
  const where = (place: RecordPlace) => placeText(t, report.format, place);
  return (
    <>
      <p class="muted">{t(report.format === 'json' ? 'importFormatJson' : 'importFormatCsv')}</p>
      <div class="table-scroll">
        <table class="import-counts" data-testid="import-counts">
          <thead>
            <tr>
              <th scope="col">{t('importColumnKind')}</th>
              <th scope="col">{t(done ? 'importColumnAdded' : 'importColumnToAdd')}</th>
              <th scope="col">{t('importColumnAlreadyThere')}</th>
              <th scope="col">{t('importColumnRejected')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_TABLES.map((table) => (
              <tr key={table} data-table={table}>
                <th scope="row">{t(TABLE_NAMES[table])}</th>
                <td>{formatCount(report.added[table], language)}</td>
                <td>{count(report.alreadyThere, table)}</td>
                <td>{count(report.rejected, table)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.ignoredColumns.length > 0 ? (
        <p>{t('importIgnoredColumns', [report.ignoredColumns.join(', ')])}</p>
      ) : null}
      {report.rejected.length > 0 ? (
        <PlaceList
          heading={t('importRejectedHeading')}
          testId="import-rejected"
          entries={report.rejected.map((entry) => ({
            where: where(entry),
            why: entry.reason,
          }))}
        />
      ) : null}
      {report.alreadyThere.length > 0 ? (
        <PlaceList
          heading={t('importAlreadyThereHeading')}
          testId="import-already-there"
          entries={report.alreadyThere.map((entry) => ({
            where: where(entry),
            why: t(BECAUSE_MESSAGES[entry.because]),
          }))}
        />
      ) : null}
    </>
  );
}

/** Where a record is in the file: its CSV row, or its place in its JSON list. */
function placeText(t: GetMessage, format: ImportReport['format'], place: RecordPlace): string {
  return format === 'csv'
    ? t('importWhereRow', [String(place.where)])
    : t('importWhereRecord', [t(TABLE_NAMES[place.table]), String(place.where)]);
}

interface PlaceListProps {
  heading: string;
  testId: string;
  entries: ReadonlyArray<{ where: string; why: string }>;
}

/** Records of the file with where they are and why; what the file says stays text. */
function PlaceList({ heading, testId, entries }: PlaceListProps) {
  const { t, language } = useTracker();
  return (
    <details class="import-list" open={entries.length <= 10} data-testid={testId}>
      <summary>
        {heading} ({formatCount(entries.length, language)})
      </summary>
      <ul>
        {entries.slice(0, LISTED).map((entry) => (
          // A record is listed once, so where it is in the file tells it apart.
          <li key={entry.where}>
            <strong>{entry.where}</strong>: {entry.why}
          </li>
        ))}
      </ul>
      {entries.length > LISTED ? (
        <p class="muted">{t('importMore', [formatCount(entries.length - LISTED, language)])}</p>
      ) : null}
    </details>
  );
}
