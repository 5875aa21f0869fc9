import { useEffect, useState } from 'preact/hooks';
import type { GetMessage, MessageKey } from '../lib/i18n';
import { hostOfPattern, sitePatternFromInput } from '../lib/sites/access';

/** The browser's permission calls the options page needs, so the component can be tested. */
export interface SiteAccessApi {
  /** Host patterns the user granted beyond the built-in sites. */
  granted(): Promise<string[]>;
  /** Must be called straight from the click: browsers only ask the user during a user action. */
  request(pattern: string): Promise<boolean>;
  remove(pattern: string): Promise<boolean>;
  onChange(listener: () => void): () => void;
}

interface SiteAccessProps {
  api: SiteAccessApi;
  t: GetMessage;
  builtIn: Array<{ name: string; hosts: string[] }>;
}

export function SiteAccess({ api, t, builtIn }: SiteAccessProps) {
  const [granted, setGranted] = useState<string[] | null>(null);
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);

  useEffect(() => {
    const refresh = () => void api.granted().then(setGranted);
    refresh();
    return api.onChange(refresh);
  }, [api]);

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = sitePatternFromInput(input);
    if (!parsed.ok) {
      setProblem(parsed.reason === 'empty' ? 'siteInputEmpty' : 'siteInputInvalid');
      return;
    }
    setProblem(null);
    void api.request(parsed.pattern).then((allowed) => {
      if (allowed) setInput('');
      else setProblem('siteRequestRefused');
    });
  };

  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p>{t('builtInSitesIntro')}</p>
      <ul class="site-list" data-testid="built-in-sites">
        {builtIn.map((site) => (
          <li key={site.name}>
            <strong>{site.name}</strong> <span class="muted">{site.hosts.join(', ')}</span>
          </li>
        ))}
      </ul>
      <h3>{t('extraSitesHeading')}</h3>
      <p>{t('extraSitesIntro')}</p>
      <form class="inline-form" onSubmit={add} noValidate>
        <label for="site-input">{t('addSiteLabel')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          placeholder="mastodon.example"
          value={input}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'site-problem' : undefined}
          onInput={(event) => setInput((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" data-testid="allow-site">
          {t('addSiteButton')}
        </button>
      </form>
      {problem ? (
        <p id="site-problem" class="error" role="alert">
          {t(problem)}
        </p>
      ) : null}
      {granted && granted.length === 0 ? <p class="muted">{t('noExtraSites')}</p> : null}
      {granted && granted.length > 0 ? (
        <ul class="site-list" data-testid="granted-sites">
          {granted.map((pattern) => (
            <li key={pattern}>
              <span>{hostOfPattern(pattern)}</span>
              <button type="button" class="link-button" onClick={() => void api.remove(pattern)}>
                {t('removeSite')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
