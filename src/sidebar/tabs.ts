// The panel's tabs (ARIA tabs, arrow keys move focus and selection); each tab loads its list when shown.
import { $ } from './dom';

export const TABS = ['nueva', 'mias', 'textos', 'autorizaciones', 'hoy'] as const;
export type Tab = (typeof TABS)[number];

const loaders: Partial<Record<Tab, () => void>> = {};

export function onShow(tab: Tab, f: () => void): void {
  loaders[tab] = f;
}

function visibleTabs(): Tab[] {
  return TABS.filter((t) => !$('tab-' + t).classList.contains('hidden'));
}

export function selectTab(tab: Tab, focus: boolean): void {
  for (const t of TABS) {
    const b = $('tab-' + t);
    const on = t === tab;
    b.setAttribute('aria-selected', on ? 'true' : 'false');
    b.setAttribute('tabindex', on ? '0' : '-1');
    $('panel-' + t).classList.toggle('hidden', !on);
    if (on && focus) b.focus();
  }
  const load = loaders[tab];
  if (load) load();
}

function keyTarget(key: string, i: number, n: number): number {
  if (key === 'ArrowRight') return (i + 1) % n;
  if (key === 'ArrowLeft') return (i + n - 1) % n;
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  return -1;
}

export function setupTabs(): void {
  for (const t of TABS) {
    const b = $('tab-' + t);
    b.addEventListener('click', () => selectTab(t, false));
    b.addEventListener('keydown', (ev: KeyboardEvent) => {
      const tabs = visibleTabs();
      const next = keyTarget(ev.key, tabs.indexOf(t), tabs.length);
      if (next < 0) return;
      ev.preventDefault();
      selectTab(tabs[next], true);
    });
  }
}

/** The count of waiting requests in the «Autorizaciones» tab («Autorizaciones 3»). */
export function setCount(n: number): void {
  $('aut-cuenta').textContent = n > 0 ? String(n) : '';
  $('aut-cuenta-wrap').classList.toggle('hidden', n === 0);
}
