/** What went wrong with the user's last action, read out at once; nothing while all is well. */
export function Problem({ text }: { text: string | null | undefined }) {
  return text ? (
    <p class="error" role="alert">
      {text}
    </p>
  ) : null;
}
