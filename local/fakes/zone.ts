// Wall-clock arithmetic in an IANA time zone (the spreadsheet's may differ from the script's), for the fakes.
/** The instant's wall clock in `timeZone`, as the UTC milliseconds of the same digits. */
export function wallClockMs(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(at));
  const n = (t: string): number => Number(parts.find((x) => x.type === t)?.value ?? 0);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
}

/** The instant whose wall clock in `timeZone` reads the digits `wall` (UTC milliseconds of those digits). */
export function instantOfWallClock(wall: number, timeZone: string): number {
  const offset = (at: number): number => wallClockMs(at, timeZone) - at;
  return wall - offset(wall - offset(wall));
}
