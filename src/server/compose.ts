import type { Config } from './config.ts';
import type { DataAccess } from './data-access.ts';
import type { ErrorLog } from './db/database.ts';
import { demoAccounts } from './demo/accounts.ts';
import { openAccess } from './open-access.ts';
import { services, type Services } from './services.ts';
import { uploadWork } from './work/index.ts';

// The one composition root: the database the configuration chooses, the data access over it and
// the services over that. The server and the command-line tools all start from here, so a tool
// sees the app exactly as a request does.

export interface Composition {
  access: DataAccess;
  services: Services;
  close(): Promise<void>;
}

export async function compose(config: Config, log?: ErrorLog): Promise<Composition> {
  const { database, access } = await openAccess(config, log);
  const { auth } = config;
  const verbs = services(access, {
    auth: {
      sessionTtlSeconds: auth.sessionTtlSeconds,
      demoAccounts: auth.demoMode ? demoAccounts : [],
      oidc: auth.oidc,
    },
    work: uploadWork(config.work),
    followUp: config.followUp,
  });
  return {
    access,
    services: verbs,
    async close() {
      await verbs.closeWork();
      await database.close();
    },
  };
}
