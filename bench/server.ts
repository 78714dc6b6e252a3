import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type ServerEnv = { DATA_DIR?: string; DATABASE_URL?: string; DATABASE_POOL_SIZE?: string; WORKERS?: string };

// No server outlives the benchmark, however it ends.
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
export type Spawned = { child: ChildProcess; base: string; readyMs: number; stop(): Promise<void> };

/**
 * Starts `innohub serve --port 0` as an operator would, and times process start to the first
 * 200 from /readyz. Listens on 127.0.0.1 only. `nodeArgs` go to node itself (e.g. --cpu-prof).
 */
export async function spawnServer(env: ServerEnv, timeoutMs = 60_000, nodeArgs: string[] = []): Promise<Spawned> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'bin/innohub.mjs'), 'serve', '--port', '0'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(root, '.bench-data/unused'), ...env, HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      // A PGlite server busy in a long query does not handle SIGTERM until it finishes.
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms: ${stderr}`)), timeoutMs);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /innohub: http:\/\/[^:]+:(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}: ${stderr}`));
      });
    });
    const base = `http://127.0.0.1:${port}`;
    const deadline = started + timeoutMs;
    for (;;) {
      const res = await fetch(`${base}/readyz`).catch(() => undefined);
      if (res?.status === 200) break;
      if (performance.now() > deadline) throw new Error('/readyz did not answer 200 in time');
      await new Promise((r) => setTimeout(r, 10));
    }
    return { child, base, readyMs: performance.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resident and peak resident memory of a process, in MB of 10^6 bytes (Linux /proc). */
export function memoryOf(pid: number): { rssMB: number; hwmMB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: Math.round((kb('VmRSS') * 1024) / 1e6), hwmMB: Math.round((kb('VmHWM') * 1024) / 1e6) };
}

export class RequestTimeout extends Error {
  constructor(readonly afterMs: number, message: string) {
    super(message);
  }
}

/**
 * A running server the benchmark talks to over real HTTP. A request slower than `timeoutMs` is
 * abandoned; an embedded (PGlite) server is then restarted, since it cannot cancel the query.
 */
export class BenchServer {
  restarts = 0;
  private constructor(
    private readonly env: ServerEnv,
    private readonly timeoutMs: number,
    public current: Spawned,
  ) {}

  static async start(env: ServerEnv, timeoutMs: number): Promise<BenchServer> {
    return new BenchServer(env, timeoutMs, await spawnServer(env));
  }

  get = async (p: string, token: string): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetch(this.current.base + p, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      if (this.env.DATA_DIR && !this.env.DATABASE_URL) {
        await this.current.stop();
        this.current = await spawnServer(this.env);
        this.restarts++;
      }
      throw new RequestTimeout(this.timeoutMs, `GET ${p}: no answer in ${this.timeoutMs} ms`);
    }
    const text = await res.text();
    if (res.status !== 200) throw new Error(`GET ${p}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };

  memory() {
    return memoryOf(this.current.child.pid!);
  }

  stop() {
    return this.current.stop();
  }
}
