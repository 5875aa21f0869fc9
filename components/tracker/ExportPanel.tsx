import { useEffect, useRef, useState } from 'preact/hooks';
import { type ExportScope, readCollection } from '../../lib/export/collection';
import { type CsvDelimiter, defaultDelimiter } from '../../lib/export/csv-format';
import type { ExportFormat } from '../../lib/export/download';
import { exportFile, type LeftOut } from '../../lib/export/files';
import { formatCount } from '../../lib/format';
import { type MessageKey, signalCount } from '../../lib/i18n';
import { useLiveQuery } from '../useLiveQuery';
import { useTracker } from './context';
import { Dialog } from './Dialog';
import { type ShownSignals, useShownSignals } from './shownSignals';
import { useAction } from './useAction';

interface ExportPanelProps {
  /** The initiative on screen, if any: offered first. */
  initiativeId: string | null;
  shownSignals: ShownSignals;
  onClose(): void;
}

type ScopeKind = 'initiative' | 'shown' | 'everything';

/** Every format, with who it is for in one line. */
const FORMATS: ReadonlyArray<{ format: ExportFormat; name: MessageKey; help: MessageKey }> = [
  { format: 'csv', name: 'exportFormatCsv', help: 'exportFormatCsvHelp' },
  { format: 'json', name: 'exportFormatJson', help: 'exportFormatJsonHelp' },
  { format: 'geojson', name: 'exportFormatGeojson', help: 'exportFormatGeojsonHelp' },
  { format: 'report', name: 'exportFormatReport', help: 'exportFormatReportHelp' },
  { format: 'signalen', name: 'exportFormatSignalen', help: 'exportFormatSignalenHelp' },
  { format: 'open311', name: 'exportFormatOpen311', help: 'exportFormatOpen311Help' },
];

/** What became of an export: the file, and where it went. */
interface ExportOutcome {
  fileName: string;
  skipped?: LeftOut;
  /** Saved with the downloads API, offered through a link of the page, or opened in a tab. */
  went: 'downloads' | 'link' | 'tab';
}

/**
 * Export: one initiative, the signals the inbox's filter shows, or everything, in a format for
 * whoever uses it next, with authors pseudonymised or post text left out if asked.
 */
export function ExportPanel({ initiativeId, shownSignals, onClose }: ExportPanelProps) {
  const { db, t, language, municipalities, now, files } = useTracker();
  const shown = useShownSignals(shownSignals);
  const [scopeKind, setScopeKind] = useState<ScopeKind>(
    initiativeId ? 'initiative' : shown ? 'shown' : 'everything',
  );
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(defaultDelimiter(language));
  const [pseudonymiseAuthors, setPseudonymiseAuthors] = useState(false);
  const [leaveOutText, setLeaveOutText] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const { run, problem } = useAction();

  const scope: ExportScope =
    scopeKind === 'initiative' && initiativeId
      ? { kind: 'initiative', initiativeId }
      : scopeKind === 'shown' && shown
        ? { kind: 'selection', signalIds: shown }
        : { kind: 'everything' };

  const makeFile = async () =>
    exportFile(
      await readCollection(db, scope),
      {
        format,
        scope,
        options: { pseudonymiseAuthors, includeText: !leaveOutText, language },
        delimiter,
      },
      { municipalities, coordinates: () => files.coordinates(), now: now() },
    );

  const start = (goal: 'save' | 'print') => {
    // Asked before anything is awaited: browsers ask for a permission only during the click.
    const allowed = goal === 'save' ? files.requestDownloads() : Promise.resolve(false);
    setOutcome(null);
    setBusy(true);
    void run(async (): Promise<ExportOutcome> => {
      const file = await makeFile();
      const made = { fileName: file.fileName, ...(file.skipped ? { skipped: file.skipped } : {}) };
      if (goal === 'print') {
        await files.openInTab(file);
        return { ...made, went: 'tab' };
      }
      if (await allowed) {
        await files.download(file);
        return { ...made, went: 'downloads' };
      }
      files.downloadWithLink(file);
      return { ...made, went: 'link' };
    }, setOutcome).finally(() => setBusy(false));
  };

  return (
    <Dialog title={t('exportHeading')} onClose={onClose} testId="export-panel">
      <form
        class="panel__body"
        onSubmit={(event) => {
          event.preventDefault();
          start('save');
        }}
      >
        <ScopeChoice
          initiativeId={initiativeId}
          shownCount={shown?.length ?? null}
          value={scopeKind}
          onChange={setScopeKind}
        />
        <fieldset class="panel__choices">
          <legend>{t('exportFormatLegend')}</legend>
          {FORMATS.map(({ format: each, name, help }) => (
            <label key={each} class="choice">
              <input
                type="radio"
                name="export-format"
                checked={format === each}
                onChange={() => setFormat(each)}
                data-testid={`export-format-${each}`}
              />
              <span>
                <strong>{t(name)}</strong> <span class="muted">{t(help)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {format === 'csv' ? <DelimiterChoice value={delimiter} onChange={setDelimiter} /> : null}
        <fieldset class="panel__choices">
          <legend>{t('exportOptionsLegend')}</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={pseudonymiseAuthors}
              onChange={(event) => setPseudonymiseAuthors(event.currentTarget.checked)}
              data-testid="export-pseudonymise"
            />
            <span>{t('exportPseudonymise')}</span>
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={leaveOutText}
              onChange={(event) => setLeaveOutText(event.currentTarget.checked)}
              data-testid="export-leave-out-text"
            />
            <span>{t('exportLeaveOutText')}</span>
          </label>
        </fieldset>
        <div class="inline-actions">
          <button type="submit" class="primary" disabled={busy} data-testid="export-save">
            {t('exportSave')}
          </button>
          {format === 'report' ? (
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={() => start('print')}
              data-testid="export-open-report"
            >
              {t('exportOpenReport')}
            </button>
          ) : null}
        </div>
        {busy ? (
          <p role="status" aria-live="polite">
            {t('exportBusy')}
          </p>
        ) : null}
        {outcome ? <OutcomeLines outcome={outcome} /> : null}
        {problem ? (
          <p class="error" role="alert" data-testid="export-problem">
            {problem}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}

interface ScopeChoiceProps {
  initiativeId: string | null;
  /** How many signals the inbox shows, or null when it is not on screen. */
  shownCount: number | null;
  value: ScopeKind;
  onChange(kind: ScopeKind): void;
}

function ScopeChoice({ initiativeId, shownCount, value, onChange }: ScopeChoiceProps) {
  const { db, t, language } = useTracker();
  const initiative = useLiveQuery(
    async () => (initiativeId ? ((await db.initiatives.get(initiativeId)) ?? null) : null),
    [db, initiativeId],
  );
  const title = initiative.state === 'ready' ? (initiative.value?.title ?? '') : '';
  const choices: Array<{ kind: ScopeKind; label: string; help: string }> = [
    ...(initiativeId
      ? [
          {
            kind: 'initiative' as const,
            label: t('exportScopeInitiative', [title]),
            help: t('exportScopeInitiativeHelp'),
          },
        ]
      : []),
    ...(shownCount === null
      ? []
      : [
          {
            kind: 'shown' as const,
            label: t('exportScopeShown', [signalCount(t, shownCount, language)]),
            help: t('exportScopeShownHelp'),
          },
        ]),
    { kind: 'everything', label: t('exportScopeEverything'), help: t('exportScopeEverythingHelp') },
  ];
  return (
    <fieldset class="panel__choices">
      <legend>{t('exportScopeLegend')}</legend>
      {choices.map((choice) => (
        <label key={choice.kind} class="choice">
          <input
            type="radio"
            name="export-scope"
            checked={value === choice.kind}
            onChange={() => onChange(choice.kind)}
            data-testid={`export-scope-${choice.kind}`}
          />
          <span>
            <strong>{choice.label}</strong> <span class="muted">{choice.help}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function DelimiterChoice({
  value,
  onChange,
}: {
  value: CsvDelimiter;
  onChange(delimiter: CsvDelimiter): void;
}) {
  const { t } = useTracker();
  const choices = [
    { delimiter: ';', label: t('exportDelimiterSemicolon'), testId: 'semicolon' },
    { delimiter: ',', label: t('exportDelimiterComma'), testId: 'comma' },
  ] as const;
  return (
    <fieldset class="panel__choices">
      <legend>{t('exportDelimiterLabel')}</legend>
      {choices.map((choice) => (
        <label key={choice.delimiter} class="choice">
          <input
            type="radio"
            name="export-delimiter"
            checked={value === choice.delimiter}
            onChange={() => onChange(choice.delimiter)}
            data-testid={`export-delimiter-${choice.testId}`}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function OutcomeLines({ outcome }: { outcome: ExportOutcome }) {
  const { t, language } = useTracker();
  const lines = useRef<HTMLDivElement>(null);
  // On a small screen the result is below the button that made it: bring it into view.
  useEffect(() => lines.current?.scrollIntoView({ block: 'nearest' }), [outcome]);
  const skipped = outcome.skipped;
  const leftOut = skipped
    ? [
        ...(skipped.signals > 0 ? [signalCount(t, skipped.signals, language)] : []),
        ...(skipped.initiatives > 0
          ? [
              skipped.initiatives === 1
                ? t('initiativeCountOne')
                : t('initiativeCountOther', [formatCount(skipped.initiatives, language)]),
            ]
          : []),
      ]
    : [];
  return (
    <div ref={lines} class="notice" role="status" data-testid="export-result">
      <p data-testid="export-file-line">
        {outcome.went === 'tab'
          ? t('exportOpenedReport')
          : t(outcome.went === 'downloads' ? 'exportSaved' : 'exportSavedByPage', [
              outcome.fileName,
            ])}
      </p>
      {leftOut.length > 0 ? (
        <p data-testid="export-skipped">{t('exportSkipped', [leftOut.join(', ')])}</p>
      ) : null}
    </div>
  );
}
