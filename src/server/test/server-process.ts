import { spawn, type ChildProcess } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseOptions } from '../db/database.ts';

// The real server, started as `npm start` starts it (main.ts, its configuration read from the
// environment), in a process of its own that a test can kill the hard way. Node itself runs
// main.ts with tsx as a loader: `tsx main.ts` would put a second process between, and a SIGKILL
// to the first would leave the server running.

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Ends the process at once, as a power cut or the OOM killer would, and waits for it. */
  kill(): Promise<void>;
}

/** Where the server keeps its data; the server puts PGlite's directory in DATA_DIR/pglite. */
function environmentOf(database: DatabaseOptions): Record<string, string> {
  if (database.driver === 'postgres') return { DATABASE_URL: database.url };
  if (!database.dataDir || basename(database.dataDir) !== 'pglite') {
    throw new Error('the server keeps PGlite in <DATA_DIR>/pglite');
  }
  return { DATA_DIR: dirname(database.dataDir), DATABASE_URL: '' };
}

export async function startServer(database: DatabaseOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      ...environmentOf(database),
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      DEMO_MODE: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await listeningUrl(child);
  return {
    url,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** The address from the server's "listening on" log line, or the reason it did not start. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let listening = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within 60 s:\n${output}`));
    }, 60_000);
    // Read to the end, so a server that logs every request never blocks on a full pipe.
    const read = (chunk: Buffer) => {
      if (listening) return;
      output += chunk.toString();
      const found = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (found) {
        listening = true;
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      if (listening) return;
      clearTimeout(timer);
      reject(new Error(`the server ended with ${code} before it listened:\n${output}`));
    });
  });
}
