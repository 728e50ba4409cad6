import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { compose } from './compose.ts';
import { logSerializers } from './http/logging.ts';
import { demoProposals } from './demo/index.ts';
import { demoSeedData } from './demo/seed-data.ts';
import { demoAccounts } from './demo/accounts.ts';
import { seedDemoAccounts, seedDemoData } from './seed/seed.ts';
import { smtpMailer } from './followup/reminders/mailer.ts';

// The server's entry point: configuration, then the app's composition (compose.ts), then the
// HTTP app over its services.

const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }

  const logger = pino({ level: config.logLevel, serializers: logSerializers });

  // Registered before anything opens, so a stop during a long first start (the embedded
  // database's initialisation, the demo data) still closes what is open instead of leaving
  // the data directory half written.
  const open: { close(): Promise<void> }[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    // Last opened, first closed: in-flight requests finish before the database closes.
    for (const resource of open.reverse()) await resource.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const { database: where } = config;
  logger.info(
    where.driver === 'pglite'
      ? `opening embedded database in ${where.dataDir}`
      : 'opening PostgreSQL database',
  );
  const composition = await compose(config, logger);
  open.push(composition);
  const { access, services: verbs } = composition;
  if (config.audit.key.kind === 'development') {
    logger.warn('AUDIT_HMAC_KEY is not set: the audit log is signed with the development key');
  }
  // A signed checkpoint of the audit head now and then, so a rewind of the log shows even
  // against the checkpoints in the database; the auditor's downloaded copies prove more.
  const checkpoints = setInterval(
    () =>
      void access.audit
        .checkpoint()
        .catch((error: unknown) => logger.error({ err: error }, 'audit checkpoint failed')),
    config.audit.checkpointMinutes * 60_000,
  );
  checkpoints.unref();
  const { auth } = config;

  if (config.demoData) {
    const { seeded } = await seedDemoData({
      access,
      services: verbs,
      data: demoSeedData,
    });
    if (seeded) logger.info(`loaded the demo data (${demoProposals.length} proposals)`);
  }
  if (auth.demoMode) {
    const { added } = await seedDemoAccounts({ access, accounts: demoAccounts });
    if (added > 0) logger.info(`demo mode: added ${added} demo accounts (password 'demo')`);
  }

  const app = await createApp({
    services: verbs,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    importLimitBytes: config.importLimitBytes,
    loadShedding: config.loadShedding,
    webRoot,
    cookieSecurity: auth.cookieSecure,
    trustProxy: auth.trustProxy,
  });
  open.push(app);

  // Follow-up reminders by e-mail, when an SMTP server is configured. Every server may run this:
  // each (reminder, recipient) is claimed in the database before it is sent, so it goes once.
  if (config.smtp) {
    const mailer = smtpMailer(config.smtp);
    const sendReminders = () =>
      void verbs
        .sendDueReminders({ mailer })
        .then(({ sent, failed }) => {
          if (sent + failed > 0) logger.info({ sent, failed }, 'follow-up reminders e-mailed');
        })
        .catch((error: unknown) => logger.error({ err: error }, 'follow-up reminders failed'));
    const reminders = setInterval(sendReminders, config.smtp.intervalMinutes * 60_000);
    reminders.unref();
    sendReminders();
    open.push({
      close: async () => {
        clearInterval(reminders);
        mailer.close();
      },
    });
  }

  const address = await app.listen({ host: config.host, port: config.port });
  logger.info(`listening on ${address} (API documentation: ${address}/api/docs)`);
}

main().catch((error: unknown) => {
  console.error('The server could not start:', error);
  process.exit(1);
});
