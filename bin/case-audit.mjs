#!/usr/bin/env node
// The `case-audit` command. It runs the TypeScript sources directly (through tsx), so the CLI
// and the app always use the same core code.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
