import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

// CommonJS helper shared with webpack.config.js and scripts/start.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { devPort, checkPortFree, DEFAULT_PORT } = require('../../scripts/dev-port') as {
  devPort: (env: Record<string, string | undefined>) => { ok: true; port: number } | { ok: false; message: string };
  checkPortFree: (port: number, host: string) => Promise<string | null>;
  DEFAULT_PORT: number;
};

const REPO = path.resolve(__dirname, '..', '..');

/** Occupies a free port on 127.0.0.1 for the length of a test. */
async function occupy(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('npm start: the port', () => {
  test('PORT from the environment, 3000 by default (the manifest’s port)', () => {
    expect(DEFAULT_PORT).toBe(3000);
    expect(devPort({})).toEqual({ ok: true, port: 3000 });
    expect(devPort({ PORT: '' })).toEqual({ ok: true, port: 3000 });
    expect(devPort({ PORT: '3001' })).toEqual({ ok: true, port: 3001 });
  });

  test.each(['abc', '0', '65536', '30.5', '-1'])('PORT=%s is refused with a French line', (raw) => {
    const r = devPort({ PORT: raw });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`PORT invalide "${raw}" : attendu un numéro de port de 1 à 65535 (par défaut 3000)`);
  });

  test('a free port passes, a taken one gets one French line', async () => {
    const held = await occupy();
    try {
      expect(await checkPortFree(held.port, '127.0.0.1')).toMatch(new RegExp(`^Le port ${held.port} est déjà utilisé .*PORT=3001 npm start`));
    } finally {
      await held.close();
    }
    expect(await checkPortFree(held.port, '127.0.0.1')).toBeNull();
  });

  test('npm start on a taken port: exit 1, one line on stderr, no stack trace', async () => {
    const held = await occupy();
    try {
      const run = spawn(process.execPath, [path.join(REPO, 'scripts', 'start.js')], {
        cwd: REPO,
        env: { ...process.env, PORT: String(held.port), HOME: path.join(REPO, 'no-such-home') },
      });
      let stderr = '';
      let stdout = '';
      run.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      run.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const code = await new Promise<number | null>((resolve) => run.on('close', resolve));
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^Le port ${held.port} est déjà utilisé`))]);
      expect(stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    } finally {
      await held.close();
    }
  }, 20_000);
});
