// The soak's generated months (fast-check): publications, who decides them, edits after authorization, veda, modo ensayo and fault schedules.
import fc from 'fast-check';

export type Red = 'X' | 'Facebook' | 'Web';
export type Endpoint = 'x' | 'facebook' | 'web';
export type FaultKind = '503' | '429' | '401' | 'timeout' | 'timeoutAfter' | 'crash' | 'quota';

export interface SoakItem {
  /** Scheduled hour on the month's publishing day (local). */
  hora: number;
  redes: Red[];
  imagen: boolean;
  /** 'titular': authorized by her; 'ajena': someone else tried to decide it (refused); 'nadie': never decided. */
  decision: 'titular' | 'ajena' | 'nadie';
  /** Copies the X and Facebook texts of an earlier item (a recurring text). */
  repite: number | null;
  /** Category allowed during the veda. */
  excepcion: boolean;
}

export interface SoakFault {
  /** Tick index (0 = the first tick of the day, at 07:00). */
  tick: number;
  red: Endpoint;
  kind: FaultKind;
  times: number;
}

export interface SoakMonth {
  items: SoakItem[];
  faults: SoakFault[];
  /** Texts edited by the Asistente right before tick `tick`. */
  edits: Array<{ tick: number; item: number }>;
  /** Ticks during whose first network call another tick starts. */
  overlaps: number[];
  veda: boolean;
  ensayo: boolean;
}

/** The day runs from 07:00: items are due 08:00–16:00, deadlines (3 h) end by 19:00, and two more ticks follow. */
export const FIRST_HOUR = 7;
export const TICKS = 15;

const redes = fc.subarray<Red>(['X', 'Facebook', 'Web'], { minLength: 1 });

const item = fc.record<SoakItem>({
  hora: fc.integer({ min: 8, max: 16 }),
  redes,
  imagen: fc.boolean(),
  decision: fc.constantFrom<SoakItem['decision']>('titular', 'titular', 'titular', 'titular', 'titular', 'titular', 'titular', 'titular', 'ajena', 'nadie'),
  repite: fc.option(fc.nat(29), { freq: 8 }),
  excepcion: fc.boolean(),
});

const fault = fc.record<SoakFault>({
  tick: fc.integer({ min: 0, max: TICKS - 1 }),
  red: fc.constantFrom<Endpoint>('x', 'facebook', 'web'),
  kind: fc.constantFrom<FaultKind>('503', '429', '401', 'timeout', 'timeoutAfter', 'crash', 'quota'),
  times: fc.integer({ min: 1, max: 3 }),
});

export const monthArb: fc.Arbitrary<SoakMonth> = fc
  .record({
    items: fc.array(item, { minLength: 10, maxLength: 30 }),
    faults: fc.array(fault, { maxLength: 8 }),
    edits: fc.array(fc.record({ tick: fc.integer({ min: 0, max: TICKS - 1 }), item: fc.nat(29) }), { maxLength: 3 }),
    overlaps: fc.array(fc.integer({ min: 0, max: TICKS - 1 }), { maxLength: 2 }),
    veda: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    ensayo: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
  })
  .map((m) => ({
    ...m,
    items: m.items.map((it, k) => ({ ...it, repite: it.repite !== null && it.repite < k ? it.repite : null })),
    edits: m.edits.map((e) => ({ ...e, item: e.item % m.items.length })),
  }));

/** Counts of what a month injected, by kind (the soak's totals). */
export function faultTotals(m: SoakMonth): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (k: string, n = 1): void => void (out[k] = (out[k] ?? 0) + n);
  for (const f of m.faults) add(f.kind);
  add('edición tras autorizar', m.edits.length);
  add('ticks superpuestos', m.overlaps.length);
  add('decisión de otra persona', m.items.filter((i) => i.decision === 'ajena').length);
  if (m.veda) add('veda');
  if (m.ensayo) add('modo ensayo');
  return out;
}
