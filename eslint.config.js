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
    // The engine gives the same bits on every JavaScript engine: no Math transcendental (V8
    // versions round them differently) and no Math.random (seeded randomness only).
    files: ["shared/**/*.ts"],
    ignores: ["shared/model/det-math.ts"],
    rules: {
      "no-restricted-properties": ["error",
        ...["pow", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "cbrt", "hypot"].map((property) => ({ object: "Math", property, message: "Use shared/model/det-math (the same bits on every engine)." })),
        { object: "Math", property: "random", message: "Use the seeded generator in shared/model/rng." },
      ],
      "no-restricted-syntax": ["error", { selector: "BinaryExpression[operator='**']", message: "Use detPow from shared/model/det-math." }],
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
