#!/usr/bin/env node
/**
 * The `si-feed` command. This file only runs the command: it is never imported, so it needs no
 * "am I the main module?" guard, which a symlinked or oddly named install path could fool into
 * checking nothing and exiting 0.
 */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
