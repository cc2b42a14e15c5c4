/**
 * The shape of the source tree, read with TypeScript's own import resolution: no module imports itself
 * through a circle, the core imports nothing of the hosts (command line, task pane, Office.js, files), and
 * the engine imports nothing of the layouts (the layouts read the engine's results, not the other way).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const SRC = path.join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every file of src/ with the files of src/ it imports (static, dynamic and type-only imports alike). */
function importGraph(): Map<string, string[]> {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config as object;
  const options = ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((f) => ts.resolveModuleName(f.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((t): t is string => t !== undefined && t.startsWith(SRC + path.sep) && !t.endsWith(".d.ts"));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one file (Tarjan), as paths relative to src/. */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
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
        component.push(path.relative(SRC, w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The imports from a file under `from` of a file under one of `to` (folders relative to src/), as "a → b". */
function importsInto(graph: Map<string, string[]>, from: string, to: string[]): string[] {
  const inside = (file: string, dir: string) => file.startsWith(path.join(SRC, dir) + path.sep);
  return [...graph.entries()]
    .filter(([file]) => inside(file, from))
    .flatMap(([file, targets]) =>
      targets
        .filter((t) => to.some((dir) => inside(t, dir)))
        .map((t) => `${path.relative(SRC, file)} → ${path.relative(SRC, t)}`),
    );
}

describe("the import structure of src/", () => {
  const graph = importGraph();

  it("reads the whole tree (a sanity check on the resolution itself)", () => {
    const edges = [...graph.values()].reduce((n, t) => n + t.length, 0);
    expect(graph.size).toBeGreaterThan(100);
    expect(edges).toBeGreaterThan(300);
    // A known edge: the CLI's entry imports the core's face.
    const main = graph.get(path.join(SRC, "cli/main.ts")) ?? [];
    expect(main.some((t) => t.startsWith(path.join(SRC, "core")))).toBe(true);
  });

  it("has no import circle", () => {
    expect(circles(graph)).toEqual([]);
  });

  it("finds a circle when there is one (the check itself can fail)", () => {
    const a = path.join(SRC, "a.ts");
    const b = path.join(SRC, "b.ts");
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([["a.ts", "b.ts"]]);
  });

  it("keeps the core free of the hosts and of the example generators", () => {
    expect(importsInto(graph, "core", ["cli", "taskpane", "excel", "xlsx", "report", "examples"])).toEqual(
      [],
    );
  });

  it("keeps the engine free of the layouts (a layout may import the engine, not the other way)", () => {
    expect(importsInto(graph, "core/engine", ["core/layout"])).toEqual([]);
    // A known edge the other way, so that the rule reads real imports.
    expect(importsInto(graph, "core/layout", ["core/engine"])).toContain(
      `${path.join("core", "layout", "unit.ts")} → ${path.join("core", "engine", "sheet-builder.ts")}`,
    );
  });

  it("finds an engine file that imports a layout (the check itself can fail)", () => {
    const judge = path.join(SRC, "core/engine/judge.ts");
    const unit = path.join(SRC, "core/layout/unit.ts");
    const values = path.join(SRC, "core/engine/values.ts");
    expect(
      importsInto(
        new Map([
          [judge, [values, unit]],
          [unit, [values]],
        ]),
        "core/engine",
        ["core/layout"],
      ),
    ).toEqual([`${path.join("core", "engine", "judge.ts")} → ${path.join("core", "layout", "unit.ts")}`]);
  });
});
