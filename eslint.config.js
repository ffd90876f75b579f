// ESLint flat config: typescript-eslint's recommended type-checked rules, plus
// no-floating-promises (a forgotten await loses errors and exit codes) and eqeqeq.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["charts/", "dist/", "node_modules/", "tmp/", "test/output/*.svg", "test/screenshots/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test() returns a promise the runner itself awaits.
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["test", "describe", "it", "suite"] },
          ],
        },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // In the product (not its tests and benchmark), a non-null assertion hides a case the types say
    // can happen: narrow instead, or justify it in an eslint-disable comment.
    files: ["src/**/*.ts", "notebooks/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "error" },
  },
  {
    // Plain JavaScript outside tsconfig's include (the config, and the compiler and launcher that run
    // before anything is compiled): no type information for them.
    files: ["eslint.config.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
