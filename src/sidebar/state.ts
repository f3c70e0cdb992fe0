// What the sidebar knows about the person using it, set once at start.
import type { PanelInicio } from '../app/panel/sidebar.api';

export const state: { inicio: PanelInicio | null } = { inicio: null };

export function esTitular(): boolean {
  return !!state.inicio && state.inicio.esTitular;
}
