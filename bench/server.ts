// The real server as a process of its own, as the benchmarks and the load test drive it over
// loopback: its own event loop and memory, measured apart from the process that measures it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface Server {
  url: string;
  pid: number;
  alive(): boolean;
  stop(): Promise<void>;
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Starts `src/server/main.ts` with `env` on top of this process's environment (DATABASE_URL or
 * DATA_DIR name the database) and waits until its health endpoint answers.
 */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DEMO_DATA: 'false',
      DEMO_MODE: 'true',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let exited = false;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const ended = new Promise<void>((resolve) =>
    child.on('exit', () => ((exited = true), resolve())),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (exited) throw new Error(`the server did not start: ${stderr}`);
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid!,
    alive: () => !exited,
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await ended;
    },
  };
}

/** Signs in through the API; the headers a signed-in client sends with every request. */
export async function signIn(
  url: string,
  username: string,
  password = 'demo',
  extra: Record<string, string> = {},
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...extra },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username}: ${response.status}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}
