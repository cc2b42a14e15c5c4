import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import { builtinModules } from "node:module";

/** The hosts and what only hosts use: the core imports none of them (the core decides, the hosts move bytes). */
const HOSTS = ["cli", "taskpane", "excel", "xlsx", "report"].flatMap((h) => [`**/${h}`, `**/${h}/**`]);
/** The application layer's modules, which the hosts reach only through the core's face (src/core/index.ts). */
const APP_MODULES = ["round", "round-overview", "check", "definition", "read-plan"].map(
  (m) => `**/core/app/${m}`,
);

export default tseslint.config(
  {
    ignores: [
      "lib/**",
      "lib-bench/**",
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "demo-uitvoer/**",
      "test-artefacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: builtinModules.map((name) => ({
            name,
            message: "The core runs in the pane too: no Node built-ins (a host reads and writes files).",
          })),
          patterns: [
            {
              group: HOSTS,
              message: "The core imports no host: the hosts call the core, never the other way.",
            },
            {
              group: ["node:*"],
              message: "The core runs in the pane too: no Node built-ins (a host reads and writes files).",
            },
            {
              group: ["react", "react-dom", "@fluentui/*", "exceljs"],
              message: "The core imports no host library.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "src/cli/**/*.ts",
      "src/taskpane/**/*.{ts,tsx}",
      "src/excel/**/*.ts",
      "src/xlsx/**/*.ts",
      "src/report/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: APP_MODULES,
              message:
                "A host reaches the application layer through the core's face: import from src/core (index.ts).",
            },
            {
              group: ["exceljs"],
              message:
                "ExcelJS is only a reference in the tests: src/xlsx/sheet-writer.ts writes every workbook.",
            },
          ],
        },
      ],
    },
  },
);
