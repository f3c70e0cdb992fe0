// HTML escaping for user text placed in e-mails and server-built HTML (the sidebar sets text with textContent instead).

/** Text safe to place in HTML element content or a quoted attribute. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
