// The tables and the ledger one set of decisions touches, each read once and written back ledger first.
import type { AuthKind } from '../../domain/authorization';
import { messageOf } from '../../domain/errors';
import { ports, type SheetTable, type Spreadsheet } from '../shared/index';
import { Ledger } from './ledger';

/** The tables and ledger a set of decisions touches, each read once. */
export class Workset {
  private readonly tables = new Map<AuthKind, SheetTable<AuthKind>>();
  private ledgerRead: Ledger | null = null;

  constructor(private readonly ss?: Spreadsheet) {}

  /** The Autorizaciones ledger, read on first use. */
  get ledger(): Ledger {
    if (!this.ledgerRead) this.ledgerRead = Ledger.load(this.ss);
    return this.ledgerRead;
  }

  /** Uses an already opened table (e.g. only the rows an edit touched) for this kind. */
  adopt(kind: AuthKind, t: SheetTable<AuthKind>): void {
    this.tables.set(kind, t);
  }

  table(kind: AuthKind): SheetTable<AuthKind> {
    let t = this.tables.get(kind);
    if (!t) {
      t = ports().workbook.openTable(kind, this.ss) as SheetTable<AuthKind>;
      this.tables.set(kind, t);
    }
    return t;
  }

  /** Row index of an item, or -1. */
  find(kind: AuthKind, id: string): number {
    const t = this.table(kind);
    if (kind === 'boletines') return (t as SheetTable<'boletines'>).find('Número', id);
    return (t as SheetTable<'calendario' | 'propuestas'>).find('ID', id);
  }

  /** Ledger first: a crash between the two writes leaves an authorization that the gate refuses (cell ≠ ledger). */
  flush(): void {
    if (this.ledgerRead) this.ledgerRead.flush();
    for (const t of this.tables.values()) t.flush();
  }

  /** Like flush, but each write is attempted even when another fails (protections); returns the Spanish failures. */
  flushEach(): string[] {
    const errors: string[] = [];
    const attempt = (f: () => void): void => {
      try {
        f();
      } catch (e) {
        errors.push(messageOf(e));
      }
    };
    if (this.ledgerRead) {
      const l = this.ledgerRead;
      attempt(() => l.flush());
    }
    for (const t of this.tables.values()) attempt(() => t.flush());
    return errors;
  }
}
