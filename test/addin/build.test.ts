// Runs the production build of the add-in once (webpack --mode production, the same configuration as
// `npm run build`) and checks what it produces. The output goes to a temporary directory instead of
// dist/ so that the test never races a developer's `npm run build` or another test reading dist/.
import { spawnSync, SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { urlDev, prodId, devId, manifestVersion, officeJsCdnUrl } = require(
  path.join(ROOT, "webpack.config.js"),
) as {
  officeJsCdnUrl: string;
  urlDev: string;
  prodId: string;
  devId: string;
  manifestVersion(v: string): string;
};
// A real-looking production location, as an organisation would build with (docs/deploy.md).
const urlProd = "https://addins.ggd-voorbeeld.nl/regiomonitor/";
const SCHEMA = path.join(
  process.env.OFFICE_MANIFEST_SCHEMAS
    ? path.resolve(process.env.OFFICE_MANIFEST_SCHEMAS)
    : path.join(ROOT, "vendor", "office-manifest-schemas"),
  "OfficeAppManifestV1_1.xsd",
);

let out = "";
let build: SpawnSyncReturns<string>;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "regiomonitor-dist-"));
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const env = { ...process.env };
  delete env.REGIOMONITOR_ID_PROD;
  env.REGIOMONITOR_URL_PROD = urlProd;
  build = spawnSync(process.execPath, [webpackCli, "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");

function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  expect(data.toString("latin1", 1, 4)).toBe("PNG");
  expect(data.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The script sources of an HTML page, in document order. */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
}

describe("production build (webpack --mode production)", () => {
  test("succeeds", () => {
    expect(build.error).toBeUndefined();
    if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
    expect(build.stdout).toMatch(/compiled successfully/);
  });

  test("emits the task pane page: office.js first, then the bundle", () => {
    const html = read("taskpane.html");
    expect(html).toMatch(/<html lang="?nl"?/);
    expect(html).toMatch(/<div id="?container"?>/);
    const scripts = scriptSources(html);
    // Microsoft's office.js from its CDN, as Microsoft requires: the one address outside the add-in's own.
    expect(officeJsCdnUrl).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts[0]).toBe(officeJsCdnUrl);
    expect(scripts.some((s) => /^taskpane\.[0-9a-f]+\.js$/.test(s))).toBe(true);
    for (const script of scripts.slice(1)) expect(fs.existsSync(path.join(out, script))).toBe(true);
    expect([...html.matchAll(/https?:\/\/[^"'\s>]+/g)].map((m) => m[0])).toEqual([officeJsCdnUrl]);
  });

  test("the task pane page keeps the inline ES5 webview check (parses as ES5 after minifying)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const acorn = require("acorn") as { parse(code: string, o: { ecmaVersion: number }): unknown };
    const inline = [...read("taskpane.html").matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain("rm-webview");
    expect(() => acorn.parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
  });

  test("emits the function file page", () => {
    const html = read("commands.html");
    const scripts = scriptSources(html);
    expect(scripts[0]).toBe(officeJsCdnUrl);
    expect(scripts.some((s) => /^commands\.[0-9a-f]+\.js$/.test(s))).toBe(true);
    for (const script of scripts.slice(1)) expect(fs.existsSync(path.join(out, script))).toBe(true);
    expect([...html.matchAll(/https?:\/\/[^"'\s>]+/g)].map((m) => m[0])).toEqual([officeJsCdnUrl]);
  });

  test("ships no copy of Microsoft's files: no office.js, no telemetry scripts, no collector addresses", () => {
    expect(fs.existsSync(path.join(out, "office-js"))).toBe(false);
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const all = files(out);
    expect(all.filter((f) => /office|telemetry|aria/i.test(path.relative(out, f)))).toEqual([]);
    // The add-in's own code names no Microsoft address (the collectors of the npm package's telemetry scripts
    // are *.pipe.aria.microsoft.com); the one Microsoft address is office.js's, in the two pages.
    for (const f of all.filter((x) => /\.(js|html)$/.test(x))) {
      const text = fs.readFileSync(f, "utf8");
      expect({ file: path.relative(out, f), aria: /aria\.microsoft\.com/.test(text) }).toEqual({
        file: path.relative(out, f),
        aria: false,
      });
      // XML namespace names (http://schemas.microsoft.com/…) identify, they are never fetched.
      const microsoft = [...text.matchAll(/https?:\/\/[a-z0-9.-]*microsoft\.com[^"'\s)>]*/gi)]
        .map((m) => m[0])
        .filter((u) => !u.startsWith("http://schemas.microsoft.com/"));
      expect({ file: path.relative(out, f), microsoft }).toEqual({
        file: path.relative(out, f),
        microsoft: ["taskpane.html", "commands.html"].includes(path.relative(out, f)) ? [officeJsCdnUrl] : [],
      });
    }
  });

  test("writes the production manifest: production URL, no localhost, no comments", () => {
    const manifest = read("manifest.xml");
    expect(urlProd).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).not.toContain(urlDev);
    expect(manifest).not.toContain("<!--");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${urlProd}taskpane.html"/>`);
    expect(manifest).toContain(`DefaultValue="${urlProd}commands.html"`);
    expect(manifest).toContain(`<Id>${prodId}</Id>`);
    expect(manifest).not.toContain(devId);
    expect(manifest).toContain('<DisplayName DefaultValue="Regiomonitor">');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(manifest).toContain(`<Version>${manifestVersion(pkg.version)}</Version>`);
    const urls = [...manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) {
      expect(url.startsWith(urlProd)).toBe(true);
      // every manifest URL is served by the build
      expect(fs.existsSync(path.join(out, url.slice(urlProd.length)))).toBe(true);
    }
  });

  test("the production manifest still validates against the schemas (when xmllint is available)", () => {
    const hasXmllint = !spawnSync("xmllint", ["--version"]).error;
    if (!hasXmllint || !fs.existsSync(SCHEMA)) {
      // test/addin/manifest.test.ts fails with instructions in this case; no need to fail twice.
      return;
    }
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, "manifest.xml"], {
      cwd: out,
      encoding: "utf8",
    });
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({
      status: 0,
      stderr: "manifest.xml validates",
    });
  });

  test("copies the icons", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(out, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(fs.existsSync(path.join(out, "assets", "ondersteuning.html"))).toBe(true);
  });
});
