#!/usr/bin/env node
// The strategy-press command: compiled JavaScript from dist/ when it is up to date, else the
// TypeScript sources through tsx (see start.js).
import { start } from "./start.js";

await start("src/main.ts");
