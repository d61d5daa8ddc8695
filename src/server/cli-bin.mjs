#!/usr/bin/env node
// `npx sportello` entry: the CLI is TypeScript, so load it through tsx (a runtime dependency).
import { tsImport } from 'tsx/esm/api';

await tsImport('./cli.ts', import.meta.url);
