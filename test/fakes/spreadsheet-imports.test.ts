// The Sheets fakes import each other without a circle: sibling fakes import types only and are built through factory.ts.
import * as fs from 'fs';
import * as path from 'path';

const dir = path.resolve(__dirname, '../../local/fakes/spreadsheet');

/** Local modules a file imports at run time (type-only imports, and imports whose every name is a type, are erased). */
function valueImports(file: string): string[] {
  const src = fs.readFileSync(path.join(dir, file), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^(import|export)\s+(type\s+)?(?:\{([^}]*)\}|\*\s+as\s+\w+)\s+from\s+'\.\/([^']+)'/gm)) {
    if (m[2]) continue;
    const names = m[3] === undefined ? ['*'] : m[3].split(',').map((s) => s.trim()).filter(Boolean);
    if (names.every((n) => n.startsWith('type '))) continue;
    out.push(m[4] + '.ts');
  }
  return out;
}

function cycleFrom(start: string, graph: Map<string, string[]>): string[] | null {
  const stack: string[] = [];
  const seen = new Set<string>();
  const visit = (f: string): string[] | null => {
    if (stack.includes(f)) return [...stack.slice(stack.indexOf(f)), f];
    if (seen.has(f)) return null;
    seen.add(f);
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      const c = visit(g);
      if (c) return c;
    }
    stack.pop();
    return null;
  };
  return visit(start);
}

describe('local/fakes/spreadsheet imports', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const graph = new Map(files.map((f) => [f, valueImports(f)]));

  it('have no circle', () => {
    for (const f of files) expect({ file: f, cycle: cycleFrom(f, graph) }).toEqual({ file: f, cycle: null });
  });

  it('let only the factory construct the sibling fakes', () => {
    const siblings = ['range.fake.ts', 'sheet.fake.ts', 'protection.fake.ts', 'validation.fake.ts', 'spreadsheet.fake.ts'];
    // app.fake.ts is the entry (SpreadsheetApp and its builders), not a sibling.
    for (const f of files.filter((x) => x !== 'factory.ts' && x !== 'app.fake.ts')) {
      const wrong = valueImports(f).filter((g) => siblings.includes(g) && g !== f);
      expect({ file: f, imports: wrong }).toEqual({ file: f, imports: [] });
    }
    expect(valueImports('factory.ts').sort()).toEqual(expect.arrayContaining(siblings));
  });

  it('detects a circle when there is one (the check can fail)', () => {
    const g = new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']]]);
    expect(cycleFrom('a.ts', g)).toEqual(['a.ts', 'b.ts', 'a.ts']);
  });
});
