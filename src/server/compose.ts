import type { Config } from './config.ts';
import { dataAccess, type DataAccess } from './data-access.ts';
import { openDatabase, type ErrorLog } from './db/database.ts';
import { demoAccounts } from './demo/accounts.ts';
import { services, type Services } from './services.ts';

// The one composition root: the database the configuration chooses, the data access over it and
// the services over that. The server and the command-line tools all start from here, so a tool
// sees the app exactly as a request does.

export interface Composition {
  access: DataAccess;
  services: Services;
  close(): Promise<void>;
}

export async function compose(config: Config, log?: ErrorLog): Promise<Composition> {
  const database = await openDatabase(config.database, log);
  const access = dataAccess(database);
  const { auth } = config;
  return {
    access,
    services: services(access, {
      auth: {
        sessionTtlSeconds: auth.sessionTtlSeconds,
        demoAccounts: auth.demoMode ? demoAccounts : [],
        oidc: auth.oidc,
      },
    }),
    close: () => database.close(),
  };
}
