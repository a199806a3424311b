// Copies text to the clipboard: the asynchronous Clipboard API where the window may use it,
// else a hidden text area and document.execCommand('copy') (Electron denies the
// clipboard permission to our window, and execCommand works inside a click).

// Copies text; resolves true when it was copied.
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back below
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  const previous = document.activeElement;
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
    if (previous instanceof HTMLElement) previous.focus();
  }
}
