// Runs the difusion-local CLI in-process for a test, capturing what it prints and its exit code.
import { main } from '../../local/cli';

export interface Captured {
  code: number;
  out: string;
  err: string;
}

export async function cli(...argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  const l = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (out += a.join(' ') + '\n'));
  try {
    const code = await main(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    l.mockRestore();
  }
}
