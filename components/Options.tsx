import type { GetMessage } from '../lib/i18n';
import { SiteAccess, type SiteAccessApi } from './SiteAccess';

interface OptionsProps {
  t: GetMessage;
  siteAccess: SiteAccessApi;
  builtInSites: Array<{ name: string; hosts: string[] }>;
}

export function Options({ t, siteAccess, builtInSites }: OptionsProps) {
  return (
    <main class="options">
      <h1 class="brand">{t('optionsTitle')}</h1>
      <SiteAccess api={siteAccess} t={t} builtIn={builtInSites} />
    </main>
  );
}
