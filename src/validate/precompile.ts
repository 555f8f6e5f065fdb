/**
 * Writes the content schemas' validators out as code (`dist/validators.cjs`), so a run need not
 * compile the schemas first. Part of `npm run compile`; schemas.ts uses the file only while it
 * matches the schemas exactly.
 */
import { writeFileSync } from "node:fs";
import { PRECOMPILED, validatorsSource } from "./schemas.ts";

writeFileSync(PRECOMPILED, validatorsSource());
