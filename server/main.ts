/** Entry point: `npx tsx server/main.ts` (configuration: see config.ts). */
import { createServer } from './app';
import { configFromEnv } from './config';

const server = await createServer(configFromEnv());
server.app.log.info({ url: server.url }, 'sync server listening');

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
