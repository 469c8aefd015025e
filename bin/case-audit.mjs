#!/usr/bin/env node
// The `case-audit` command. It runs the TypeScript sources directly (through tsx), so the CLI
// and the app always use the same core code.
import { register } from 'tsx/esm/api';

register();
// Output piped into a command that stops reading early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
