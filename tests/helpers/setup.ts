import { afterAll } from "vitest";
import { removeScratch } from "./scratch.ts";

// Every test file removes the temporary folders it made, whether its tests passed or not.
afterAll(removeScratch);
