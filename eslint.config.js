// npm run lint: typescript-eslint's recommended rules, `any` refused, and the client reaching the
// engine only through shared/index.
import tseslint from "typescript-eslint";

export default tseslint.config(
  // No `eslint-disable` comments: a rule that is wrong is changed here, for everyone.
  { linterOptions: { noInlineConfig: true } },
  { ignores: ["dist/**", "node_modules/**", "test-artifacts/**", "data/**", "client/src/world/phaser-lean.cjs", "assets/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // `let { state, id } = …` where only `state` is reassigned stays one declaration.
      "prefer-const": ["error", { destructuring: "all" }],
      // `_name`: deliberately unused (a destructured field dropped, a parameter a signature needs).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },
  {
    // The client uses the engine through its public entry only (a dynamic import() for a lazy
    // chunk is the one exception; see client/src/model/month-zero.ts).
    files: ["client/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ regex: "(^|/)shared/(?!index$)", message: "Import the engine through shared/index (add the export there)." }],
      }],
    },
  },
);
