// Where the focus goes when the element that had it is gone (a closed menu's item, a
// screen left behind): the main heading of the work area, so it never falls to <body>.
export function focusMainHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}
