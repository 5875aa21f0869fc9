import type { GetMessage, UiLanguage } from '../lib/i18n';
import type { MunicipalityName } from '../lib/places/municipality-list';
import type { Settings } from '../lib/settings';
import { SettingsSections } from './Settings';
import { SiteAccess, type SiteAccessApi } from './SiteAccess';

interface OptionsProps {
  t: GetMessage;
  language: UiLanguage;
  settings: Settings;
  municipalities: readonly MunicipalityName[];
  onSettingsChange(change: Partial<Settings>): Promise<unknown>;
  requestNotifications(): Promise<boolean>;
  siteAccess: SiteAccessApi;
  builtInSites: Array<{ name: string; hosts: string[] }>;
}

export function Options({
  t,
  settings,
  municipalities,
  onSettingsChange,
  requestNotifications,
  siteAccess,
  builtInSites,
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
    </main>
  );
}
