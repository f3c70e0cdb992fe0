// The Drive file id inside a link typed in a cell (shared by the fingerprint of an image and the tick that opens it).

/** Drive file id inside a link or the id itself ('' when none). */
export function driveId(s: string): string {
  const m = /\/d\/([-\w]{10,})/.exec(s) ?? /[?&]id=([-\w]{10,})/.exec(s) ?? /^([-\w]{10,})$/.exec(s.trim());
  return m ? m[1] : '';
}
