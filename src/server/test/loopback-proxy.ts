import { Agent, createServer, request as forward, type IncomingHttpHeaders } from 'node:http';

// A load balancer on loopback for tests: it hands each request to the next of its app servers in
// turn (round robin per request, not per connection, so one client's requests alternate between
// them), adds the client's address to X-Forwarded-For as a reverse proxy does, and says in
// X-Upstream which server (0, 1, ...) answered. Only addresses on this machine are reached.

export interface LoopbackProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Requests each app server answered, by its position in `upstreams`. */
  served: number[];
  close(): Promise<void>;
}

export const UPSTREAM_HEADER = 'x-upstream';

function forwardedFor(headers: IncomingHttpHeaders, client: string | undefined): string {
  const earlier = headers['x-forwarded-for'];
  return [...(Array.isArray(earlier) ? earlier : earlier ? [earlier] : []), client ?? '127.0.0.1']
    .map((address) => address.trim())
    .join(', ');
}

export async function loopbackProxy(upstreams: readonly string[]): Promise<LoopbackProxy> {
  const targets = upstreams.map((upstream) => new URL(upstream));
  if (targets.some((target) => !['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname))) {
    throw new Error('the loopback proxy forwards to loopback addresses only');
  }
  const agent = new Agent({ keepAlive: true });
  const served = upstreams.map(() => 0);
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next++ % targets.length;
    const target = targets[index]!;
    const upstream = forward(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: {
          ...incoming.headers,
          'x-forwarded-for': forwardedFor(incoming.headers, incoming.socket.remoteAddress),
          'x-forwarded-proto': 'http',
        },
      },
      (answer) => {
        served[index]!++;
        outgoing.writeHead(answer.statusCode ?? 502, {
          ...answer.headers,
          [UPSTREAM_HEADER]: String(index),
        });
        answer.pipe(outgoing);
      },
    );
    // An app server that does not answer is the proxy's 502, as a load balancer's would be.
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { [UPSTREAM_HEADER]: String(index) });
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
