// A one-shot success message carried from a form to the page it returns to, in memory only
// (never browser storage): setFlash() before navigate(), takeFlash() once on the next page.
import { useState } from 'preact/hooks';

let pending: { title: string; text?: string } | undefined;

export function setFlash(title: string, text?: string): void {
  pending = { title, text };
}

export function useFlash(): { title: string; text?: string } | undefined {
  const [flash] = useState(() => {
    const taken = pending;
    pending = undefined;
    return taken;
  });
  return flash;
}
