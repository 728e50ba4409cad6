import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Security headers on every answer, the web app's pages included. The content security policy
// allows only our own scripts, styles, fonts and API: the built web app loads nothing from
// elsewhere and runs no inline script, so an injected one would not run either.

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // dkfds draws some icons and form controls as data: SVG in its stylesheet.
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Not upgrade-insecure-requests: the embedded start serves plain http on localhost,
        // where it would send the page's own scripts to an https port nobody listens on.
      },
    },
  });
}
