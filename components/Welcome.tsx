import { useState } from 'preact/hooks';
import type { GetMessage } from '../lib/i18n';
import { hasDetectionConsent, type Settings } from '../lib/settings';

export interface ConsentProps {
  t: GetMessage;
  settings: Settings;
  /** Stores the user's answer: true to start reading pages, false to stop. */
  onConsent(consent: boolean): Promise<unknown>;
}

/**
 * The first-run page: what Vliegwiel reads, keeps and shares, in plain words, and the question
 * whether it may start reading pages. Nothing is read until the answer is yes.
 */
export function Welcome({ t, settings, onConsent, onClose }: ConsentProps & { onClose(): void }) {
  const [declined, setDeclined] = useState(false);
  const agreed = hasDetectionConsent(settings);
  return (
    <main class="options welcome">
      <h1 class="brand">{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <section aria-labelledby="reads-heading" class="card">
        <h2 id="reads-heading">{t('welcomeReadsHeading')}</h2>
        <p>{t('welcomeReads')}</p>
      </section>
      <section aria-labelledby="keeps-heading" class="card">
        <h2 id="keeps-heading">{t('welcomeStoresHeading')}</h2>
        <p>{t('welcomeStores')}</p>
      </section>
      <section aria-labelledby="leaves-heading" class="card">
        <h2 id="leaves-heading">{t('welcomeLeavesHeading')}</h2>
        <p>{t('welcomeLeaves')}</p>
      </section>
      <section aria-labelledby="control-heading" class="card">
        <h2 id="control-heading">{t('welcomeControlHeading')}</h2>
        <p>{t('welcomeControl')}</p>
      </section>
      {agreed ? (
        <p class="notice" role="status" data-testid="consent-given">
          {t('welcomeAgreed')}
        </p>
      ) : (
        <>
          {declined ? (
            <p class="notice" role="status" data-testid="consent-declined">
              {t('welcomeDeclined')}
            </p>
          ) : null}
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-testid="consent-agree"
              onClick={() => void onConsent(true)}
            >
              {t('welcomeAgree')}
            </button>
            <button
              type="button"
              class="secondary"
              data-testid="consent-not-now"
              onClick={() => {
                if (declined) onClose();
                else setDeclined(true);
              }}
            >
              {declined ? t('close') : t('welcomeNotNow')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}

/** The options page's privacy section: whether pages are read, and the switch to change that. */
export function PrivacySection({
  t,
  settings,
  onConsent,
  onExplain,
  onErase,
  formatDate,
}: ConsentProps & {
  onExplain(): void;
  /** Deletes everything Vliegwiel keeps in this browser. */
  onErase(): Promise<unknown>;
  formatDate(iso: string): string;
}) {
  const consent = hasDetectionConsent(settings) ? settings.detectionConsent : undefined;
  const [erase, setErase] = useState<'idle' | 'confirming' | 'done' | { failed: string }>('idle');
  return (
    <section aria-labelledby="privacy-heading" class="card">
      <h2 id="privacy-heading">{t('privacyHeading')}</h2>
      <p data-testid="privacy-status">
        {consent ? t('privacyReading', [formatDate(consent.at)]) : t('privacyNotReading')}
      </p>
      <div class="actions">
        <button
          type="button"
          class={consent ? 'secondary' : 'primary'}
          data-testid="privacy-toggle"
          onClick={() => void onConsent(!consent)}
        >
          {consent ? t('privacyStop') : t('privacyStart')}
        </button>
        <button type="button" class="link-button" onClick={onExplain}>
          {t('privacyExplain')}
        </button>
      </div>
      {erase === 'confirming' ? (
        <div class="notice notice--danger" role="alertdialog" aria-labelledby="erase-confirm">
          <p id="erase-confirm">{t('privacyEraseConfirm')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-testid="erase-confirm"
              onClick={() =>
                void onErase().then(
                  () => setErase('done'),
                  (error: unknown) => setErase({ failed: String(error) }),
                )
              }
            >
              {t('privacyEraseConfirmButton')}
            </button>
            <button type="button" class="secondary" onClick={() => setErase('idle')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="link-button link-button--danger"
          data-testid="erase-all"
          onClick={() => setErase('confirming')}
        >
          {t('privacyErase')}
        </button>
      )}
      {erase === 'done' ? (
        <p role="status" data-testid="erase-done">
          {t('privacyErased')}
        </p>
      ) : typeof erase === 'object' ? (
        <p class="error" role="alert">
          {t('privacyEraseFailed', [erase.failed])}
        </p>
      ) : null}
    </section>
  );
}
