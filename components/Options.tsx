import { absoluteTime } from '../lib/format';
import type { GetMessage, UiLanguage } from '../lib/i18n';
import type { MunicipalityName } from '../lib/places/municipality-list';
import { consentChange, type Settings } from '../lib/settings';
import { SettingsSections } from './Settings';
import { SiteAccess, type SiteAccessApi } from './SiteAccess';
import { PrivacySection } from './Welcome';

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
  now(): Date;
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
  now,
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
      <SiteAccess api={siteAccess} t={t} builtIn={builtInSites} />
      <PrivacySection
        t={t}
        settings={settings}
        onConsent={(consent) => onSettingsChange(consentChange(consent, now()))}
        onExplain={openWelcome}
        formatDate={(iso) => absoluteTime(iso, language)}
      />
    </main>
  );
}
