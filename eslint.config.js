// ESLint for the TypeScript sources, tests and bench, and the few JavaScript files (bin/, templates/assets/).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "_site/", "node_modules/", "coverage/", "src/model/content-types.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value kept on purpose without being read (a destructured field left out).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrors: "none",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    // The site's own scripts run in the reader's browser.
    files: ["templates/assets/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
