/** Entry point: `npx tsx server/main.ts` (configuration: see config.ts). */
import { createServer } from './app';
import { configFromEnv } from './config';

const server = await createServer(configFromEnv());
server.app.log.info({ url: server.url }, 'sync server listening');
// Away is waited for (503 meanwhile); a database that answers but cannot be used (bad schema, refused
// login) is a configuration error: stop, so the operator sees it.
server.ready.then(
  () => server.app.log.info('database ready'),
  () => void server.close().finally(() => process.exit(1)),
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  server.app.log.info({ signal }, 'shutting down');
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
