import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useTracker } from './context';

interface DialogProps {
  title: string;
  onClose(): void;
  testId: string;
  children: ComponentChildren;
}

/**
 * A modal panel over the tracker (export, import): the page behind keeps its state (the inbox its
 * filter), focus stays inside, and Esc or the close button closes it.
 */
export function Dialog({ title, onClose, testId, children }: DialogProps) {
  const { t } = useTracker();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="panel"
      aria-labelledby={headingId}
      onClose={onClose}
      data-testid={testId}
    >
      <header class="panel__header">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          class="icon-button"
          aria-label={t('close')}
          onClick={() => dialog.current?.close()}
          data-testid="close-panel"
        >
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
