// No import cycles in the engine or the client: a module never reaches itself through its imports,
// static or dynamic (`import("…")`). Type-only imports are left out (they vanish when compiled).
// Screens reach each other through the router (client/src/app/router.ts), not by importing each other.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") && !p.endsWith(".d.ts") ? [p] : [];
  });
}

const STATIC = /^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, "index.ts"), base]) if (candidate.endsWith(".ts") && existsSync(candidate)) return candidate;
  return null;
}

/** Each module's runtime imports (static value imports and dynamic imports). */
export function importGraph(dirs: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((d) => sources(resolve(ROOT, d)))) {
    const text = readFileSync(file, "utf8");
    const edges = new Set<string>();
    for (const m of text.matchAll(STATIC)) {
      if (m[1]) continue; // import type { … }
      const names = /^\{([^}]*)\}$/.exec(m[2].trim());
      if (names && names[1].split(",").map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith("type "))) continue;
      const to = resolveImport(file, m[3]);
      if (to) edges.add(to);
    }
    for (const m of text.matchAll(DYNAMIC)) {
      const to = resolveImport(file, m[1]);
      if (to) edges.add(to);
    }
    graph.set(file, [...edges]);
  }
  return graph;
}

/** The strongly connected components with more than one module (or a module importing itself). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.map((f) => relative(ROOT, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("import cycles", () => {
  it("finds one where there is one", () => {
    const a = resolve(ROOT, "a.ts"), b = resolve(ROOT, "b.ts"), c = resolve(ROOT, "c.ts");
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, [a]]]))).toEqual([["a.ts", "b.ts", "c.ts"]]);
    expect(cycles(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
  });

  it("there are none in shared/", () => {
    const graph = importGraph(["shared"]);
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });

  it("there are none in client/src (screens go through the router)", () => {
    const graph = importGraph(["client/src"]);
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });
});
