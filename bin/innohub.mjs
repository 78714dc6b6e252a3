#!/usr/bin/env node
// The innohub command. Runs the TypeScript sources through tsx so that the installed package
// and the working tree behave the same, with no separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
