/** Setup file of a system project under CI when a package is missing: the test file fails, naming the apt package. */
import { MISSING_ENV, missingMessage, type MissingReport } from './packages.ts';

throw new Error(missingMessage(JSON.parse(process.env[MISSING_ENV]!) as MissingReport));
