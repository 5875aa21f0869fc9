import { useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../../lib/classify/taxonomy';
import { formatCount } from '../../lib/format';
import { exportGroups } from '../../lib/groups/export';
import type { GroupFileFormat } from '../../lib/groups/file-format';
import {
  type GroupImportReport,
  importGroups,
  type ParsedGroups,
  parseGroupsFile,
  reviewGroupImport,
} from '../../lib/groups/import';
import { listGroups, registerGroup, removeGroup } from '../../lib/groups/registry';
import { municipalityByName } from '../../lib/places/municipality-list';
import { Problem } from '../Problem';
import { useLiveQuery } from '../useLiveQuery';
import { useTracker } from './context';
import { MunicipalityField } from './fields';
import { categoryLabel, municipalityName } from './labels';
import { useAction } from './useAction';

/**
 * The directory of residents' groups that suggestions draw on: register one, import a directory
 * (every row checked, a report first, then all or nothing), export it again.
 */
export function Groups() {
  const { db, t, municipalities } = useTracker();
  const groups = useLiveQuery(() => listGroups(db), [db]);
  const { run, problem } = useAction();
  const list = groups.state === 'ready' ? groups.value : [];
  const download = (format: GroupFileFormat) => {
    const blob = new Blob([exportGroups(list, format)], {
      type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `vliegwiel-groepen.${format}`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <section class="initiatives" aria-labelledby="groups-heading">
      <div class="initiatives__bar">
        <h2 id="groups-heading">{t('groupsTab')}</h2>
        <button
          type="button"
          class="secondary"
          onClick={() => download('csv')}
          disabled={list.length === 0}
        >
          {t('exportCsv')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => download('json')}
          disabled={list.length === 0}
        >
          {t('exportJson')}
        </button>
      </div>
      <p class="muted">{t('groupsHelp')}</p>
      <RegisterGroup />
      <ImportGroups />
      <Problem text={problem} />
      {groups.state === 'ready' && list.length === 0 ? (
        <p class="empty">{t('noGroupsYet')}</p>
      ) : null}
      <ul class="initiative-list" data-testid="group-list">
        {list.map((group) => (
          <li key={group.id} class="card">
            <strong>{group.name}</strong>
            <span class="muted">
              {[
                group.area.neighbourhood,
                group.area.place,
                group.area.postcode,
                municipalityName(municipalities, group.area.municipality),
              ]
                .filter(Boolean)
                .join(', ')}
              {group.topics.length > 0
                ? ` · ${group.topics.map((topic) => categoryLabel(t, topic)).join(', ')}`
                : ''}
            </span>
            {group.description ? <span>{group.description}</span> : null}
            <span class="inline-actions">
              {group.website ? (
                <a href={group.website} target="_blank" rel="noopener noreferrer">
                  {group.website}
                </a>
              ) : null}
              {group.contact ? <span>{group.contact}</span> : null}
              <button
                type="button"
                class="link-button muted"
                onClick={() => void run(() => removeGroup(db, group.id))}
              >
                {t('remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RegisterGroup() {
  const { db, clock, t, municipalities } = useTracker();
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [place, setPlace] = useState('');
  const [postcode, setPostcode] = useState('');
  const [topics, setTopics] = useState<CategoryId[]>([]);
  const [website, setWebsite] = useState('');
  const [contact, setContact] = useState('');
  const [invalid, setInvalid] = useState<'name' | 'municipality' | null>(null);
  const { run, problem } = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setInvalid('name');
    const found = municipalityByName(municipalities, municipality);
    if (municipality.trim() && !found) return setInvalid('municipality');
    setInvalid(null);
    void run(
      () =>
        registerGroup(db, clock, {
          name,
          area: {
            ...(found ? { municipality: found.code } : {}),
            ...(place.trim() ? { place: place.trim() } : {}),
            ...(postcode.trim() ? { postcode: postcode.trim() } : {}),
          },
          topics,
          website,
          contact,
        }),
      () => {
        setName('');
        setPlace('');
        setPostcode('');
        setTopics([]);
        setWebsite('');
        setContact('');
      },
    );
  };
  return (
    <details class="card">
      <summary>{t('registerGroup')}</summary>
      <form class="group-form" onSubmit={submit} noValidate data-testid="register-group">
        <label class="field">
          {t('groupName')}
          <input
            value={name}
            maxLength={200}
            onInput={(e) => setName(e.currentTarget.value)}
            aria-invalid={invalid === 'name' ? 'true' : undefined}
            data-testid="group-name"
          />
        </label>
        <MunicipalityField
          id="group"
          value={municipality}
          invalid={invalid === 'municipality'}
          onChange={setMunicipality}
          testId="group-municipality"
        />
        <label class="field">
          {t('placeOptionalLabel')}
          <input value={place} maxLength={200} onInput={(e) => setPlace(e.currentTarget.value)} />
        </label>
        <label class="field">
          {t('postcodeLabel')}
          <input
            value={postcode}
            maxLength={4}
            inputMode="numeric"
            onInput={(e) => setPostcode(e.currentTarget.value)}
          />
        </label>
        <fieldset class="checkbox-grid">
          <legend>{t('groupTopics')}</legend>
          {CATEGORY_IDS.map((category) => (
            <label key={category}>
              <input
                type="checkbox"
                checked={topics.includes(category)}
                onChange={(e) =>
                  setTopics(
                    e.currentTarget.checked
                      ? [...topics, category]
                      : topics.filter((c) => c !== category),
                  )
                }
              />{' '}
              {categoryLabel(t, category)}
            </label>
          ))}
        </fieldset>
        <label class="field">
          {t('groupWebsite')}
          <input
            value={website}
            maxLength={2000}
            onInput={(e) => setWebsite(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          {t('groupContact')}
          <input
            value={contact}
            maxLength={300}
            onInput={(e) => setContact(e.currentTarget.value)}
          />
        </label>
        {invalid ? (
          <p class="error" role="alert">
            {t(invalid === 'name' ? 'groupNameRequired' : 'municipalityUnknown')}
          </p>
        ) : null}
        <Problem text={problem} />
        <button type="submit" class="primary" data-testid="save-group">
          {t('registerGroup')}
        </button>
      </form>
    </details>
  );
}

function ImportGroups() {
  const { db, clock, t, municipalities, language } = useTracker();
  const [parsed, setParsed] = useState<ParsedGroups | null>(null);
  const [report, setReport] = useState<GroupImportReport | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const { run, problem } = useAction();
  const read = async (file: File) => {
    setDone(null);
    setReport(null);
    setFileProblem(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Spreadsheets save "CSV" as UTF-8 or, in Dutch Excel, as Windows-1252.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
    const format: GroupFileFormat = /\.json$/i.test(file.name) ? 'json' : 'csv';
    try {
      const next = parseGroupsFile(text, format, municipalities, clock);
      setParsed(next);
      setReport(await reviewGroupImport(db, next));
    } catch (error) {
      setParsed(null);
      setFileProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <details class="card">
      <summary>{t('importGroups')}</summary>
      <p class="muted">{t('importGroupsHelp')}</p>
      <input
        type="file"
        accept=".csv,.json,text/csv,application/json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void read(file);
        }}
        data-testid="import-file"
      />
      {fileProblem ? (
        <p class="error" role="alert">
          {t('importUnreadable', [fileProblem])}
        </p>
      ) : null}
      {report && parsed ? (
        <div data-testid="import-report">
          <p>
            {t('importSummary', [
              formatCount(report.accepted.length, language),
              formatCount(report.rejected.length, language),
            ])}
          </p>
          {report.rejected.length > 0 ? (
            <ul class="error">
              {report.rejected.map((row) => (
                <li key={row.row}>{t('importRejectedRow', [String(row.row), row.reason])}</li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            class="primary"
            disabled={report.accepted.length === 0}
            onClick={() =>
              void run(
                () => importGroups(db, parsed, { onRejected: 'skip' }),
                (outcome) => {
                  setDone(outcome.imported.length);
                  setReport(null);
                  setParsed(null);
                },
              )
            }
            data-testid="confirm-import"
          >
            {t('importConfirm', [formatCount(report.accepted.length, language)])}
          </button>
        </div>
      ) : null}
      {done !== null ? <p role="status">{t('importDone', [String(done)])}</p> : null}
      <Problem text={problem} />
    </details>
  );
}
