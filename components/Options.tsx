import { absoluteTime } from '../lib/format';
import type { GetMessage, UiLanguage } from '../lib/i18n';
import type { MunicipalityName } from '../lib/places/municipality-list';
import { consentChange, type Settings } from '../lib/settings';
import type { WorkspaceControls } from '../lib/sync/controls';
import { SettingsSections } from './Settings';
import { SiteAccess, type SiteAccessApi } from './SiteAccess';
import { PrivacySection } from './Welcome';
import { WorkspaceSection } from './Workspace';

interface OptionsProps {
  t: GetMessage;
  language: UiLanguage;
  settings: Settings;
  municipalities: readonly MunicipalityName[];
  onSettingsChange(change: Partial<Settings>): Promise<unknown>;
  requestNotifications(): Promise<boolean>;
  siteAccess: SiteAccessApi;
  builtInSites: Array<{ name: string; hosts: string[] }>;
  /** Opens the welcome page, which explains what Vliegwiel reads, keeps and shares. */
  openWelcome(): void;
  /** Deletes everything Vliegwiel keeps in this browser. */
  eraseLocalData(): Promise<unknown>;
  now(): Date;
  workspace: WorkspaceControls;
  /** Asks the browser for consent to send data to a workspace (Firefox); straight from the click. */
  requestDataSharing(): Promise<boolean>;
}

export function Options({
  t,
  language,
  settings,
  municipalities,
  onSettingsChange,
  requestNotifications,
  siteAccess,
  builtInSites,
  openWelcome,
  eraseLocalData,
  now,
  workspace,
  requestDataSharing,
}: OptionsProps) {
  return (
    <main class="options">
      <h1 class="brand">{t('optionsTitle')}</h1>
      <SettingsSections
        t={t}
        settings={settings}
        municipalities={municipalities}
        onChange={onSettingsChange}
        requestNotifications={requestNotifications}
      />
      <WorkspaceSection
        t={t}
        language={language}
        controls={workspace}
        requestDataSharing={requestDataSharing}
        memberName={settings.memberName}
        now={now}
      />
      <SiteAccess api={siteAccess} t={t} builtIn={builtInSites} />
      <PrivacySection
        t={t}
        settings={settings}
        onConsent={(consent) => onSettingsChange(consentChange(consent, now()))}
        onExplain={openWelcome}
        onErase={eraseLocalData}
        formatDate={(iso) => absoluteTime(iso, language)}
      />
    </main>
  );
}
