// Checks of the add-in manifest (manifest.xml) against the project's rules (docs/addin.md) and, with
// xmllint, against the official XML schemas (vendor/office-manifest-schemas, a copy of ../shared's).
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_URL = "https://localhost:3000/";
const SCHEMA_DIR = process.env.OFFICE_MANIFEST_SCHEMAS
  ? path.resolve(process.env.OFFICE_MANIFEST_SCHEMAS)
  : path.join(ROOT, "vendor", "office-manifest-schemas");

// ---------------------------------------------------------------------------------------------------
// A tiny XML reader: elements, attributes and text; comments, declarations and CDATA-free input only
// (which is what a manifest is). Throws on anything it does not understand.

interface XmlElement {
  name: string; // qualified name as written, e.g. "bt:Image"
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

function parseXml(xml: string): XmlElement {
  const source = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const documentNode: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [documentNode];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let position = 0;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    if (m.index !== position) throw new Error(`XML not understood at offset ${position}`);
    position = token.lastIndex;
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      top.text += decodeEntities(m[5]);
    } else if (m[1]) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
      }
      const element: XmlElement = { name: m[2], attrs, children: [], text: "" };
      top.children.push(element);
      if (!m[4]) stack.push(element);
    }
  }
  if (position !== source.length) throw new Error(`XML not understood at offset ${position}`);
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  const roots = documentNode.children;
  if (roots.length !== 1) throw new Error("XML must have exactly one root element");
  return roots[0];
}

const localName = (element: XmlElement) => element.name.replace(/^.*:/, "");

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

function all(element: XmlElement, name: string): XmlElement[] {
  return descendants(element).filter((e) => localName(e) === name);
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((e) => localName(e) === name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children`);
  return found[0];
}

// ---------------------------------------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (data.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR chunk first`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The project file that serves a development URL (pages are built from src/, the rest is copied). */
function sourceFileFor(url: string): string {
  expect(url.startsWith(DEV_URL)).toBe(true);
  const relative = url.slice(DEV_URL.length).split(/[?#]/)[0];
  const pages: Record<string, string> = {
    "taskpane.html": "src/taskpane/taskpane.html",
    "commands.html": "src/commands/commands.html",
  };
  return path.join(ROOT, pages[relative] ?? relative);
}

const manifestXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(manifestXml);
const docs = fs.readFileSync(path.join(ROOT, "docs", "addin.md"), "utf8");

const versionOverrides = child(manifest, "VersionOverrides");
const resources = child(versionOverrides, "Resources");
const resourceById = new Map<string, XmlElement>();
for (const group of resources.children) {
  for (const resource of group.children) {
    if (resourceById.has(resource.attrs.id))
      throw new Error(`resource id ${resource.attrs.id} is defined twice`);
    resourceById.set(resource.attrs.id, resource);
  }
}
function resource(resid: string, group: "Images" | "Urls" | "ShortStrings" | "LongStrings"): XmlElement {
  const found = resourceById.get(resid);
  if (!found) throw new Error(`resid ${resid} is not defined in <Resources>`);
  const parent = resources.children.find((g) => g.children.includes(found));
  expect(parent && localName(parent)).toBe(group);
  return found;
}

describe("manifest.xml", () => {
  test("is an add-in-only task pane manifest (OfficeApp 1.1, VersionOverrides 1.0)", () => {
    expect(localName(manifest)).toBe("OfficeApp");
    expect(manifest.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(versionOverrides.attrs.xmlns).toBe(
      "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
    );
    expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
  });

  test("has a fixed GUID as Id", () => {
    expect(child(manifest, "Id").text.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
  });

  test("runs in Excel only, with ReadWriteDocument permission", () => {
    const hosts = child(manifest, "Hosts").children;
    expect(hosts.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(child(manifest, "Permissions").text.trim()).toBe("ReadWriteDocument");
    const overrideHosts = child(versionOverrides, "Hosts").children;
    expect(overrideHosts.map((h) => h.attrs["xsi:type"])).toEqual(["Workbook"]);
  });

  test("requires the ExcelApi requirement set stated in docs/addin.md", () => {
    const stated = /Minimum requirement set: `ExcelApi (\d+\.\d+)`/.exec(docs);
    expect(stated).not.toBeNull();
    const sets = all(child(manifest, "Requirements"), "Set");
    expect(sets.map((s) => s.attrs.Name)).toEqual(["ExcelApi"]);
    expect(sets[0].attrs.MinVersion).toBe(stated![1]);
    // Data validation (Range.dataValidation) is ExcelApi 1.8: nothing lower will do.
    expect(Number(stated![1])).toBeGreaterThanOrEqual(1.8);
  });

  test("has a Dutch default DisplayName and Description with an en-US override", () => {
    expect(child(manifest, "DefaultLocale").text.trim()).toBe("nl-NL");
    const displayName = child(manifest, "DisplayName");
    // The development manifest says so; the production build writes "Regiomonitor" (see below).
    expect(displayName.attrs.DefaultValue).toBe("Regiomonitor (ontwikkeling)");
    expect(child(displayName, "Override").attrs).toEqual({
      Locale: "en-US",
      Value: "Regiomonitor (ontwikkeling)",
    });
    const description = child(manifest, "Description");
    expect(description.attrs.DefaultValue).toMatch(/\b(de|het|en|van)\b/); // Dutch
    const english = child(description, "Override");
    expect(english.attrs.Locale).toBe("en-US");
    expect(english.attrs.Value).toMatch(/\b(the|and)\b/);
    expect(english.attrs.Value).not.toBe(description.attrs.DefaultValue);
    // Every localisable ribbon string also has an en-US override.
    for (const str of all(resources, "String")) {
      expect(all(str, "Override").map((o) => o.attrs.Locale)).toEqual(["en-US"]);
    }
  });

  test("icons point to PNG assets of the right pixel size", () => {
    const expectSize = (url: string, size: number) => {
      const file = sourceFileFor(url);
      expect(path.relative(ROOT, file)).toBe(path.join("assets", `icon-${size}.png`));
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    };
    expectSize(child(manifest, "IconUrl").attrs.DefaultValue, 32);
    expectSize(child(manifest, "HighResolutionIconUrl").attrs.DefaultValue, 64);
    const ribbonImages = all(child(versionOverrides, "Hosts"), "Image");
    expect(ribbonImages.length).toBeGreaterThan(0);
    for (const image of ribbonImages) {
      expectSize(resource(image.attrs.resid, "Images").attrs.DefaultValue, Number(image.attrs.size));
    }
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  test("every resid resolves, and every URL resource points to a file of the project", () => {
    for (const element of descendants(versionOverrides)) {
      if (element.attrs.resid !== undefined) {
        expect(resourceById.has(element.attrs.resid)).toBe(true);
        expect(element.attrs.resid.length).toBeLessThanOrEqual(32);
      }
    }
    for (const url of all(resources, "Url")) {
      expect(fs.existsSync(sourceFileFor(url.attrs.DefaultValue))).toBe(true);
    }
    expect(fs.existsSync(sourceFileFor(child(manifest, "SupportUrl").attrs.DefaultValue))).toBe(true);
    const sourceLocation = child(child(manifest, "DefaultSettings"), "SourceLocation").attrs.DefaultValue;
    expect(sourceLocation).toBe(`${DEV_URL}taskpane.html`);
  });

  test("has a Regiomonitor button on the Home tab that opens the task pane", () => {
    const desktop = child(child(child(versionOverrides, "Hosts"), "Host"), "DesktopFormFactor");
    const functionFile = child(desktop, "FunctionFile");
    expect(resource(functionFile.attrs.resid, "Urls").attrs.DefaultValue).toBe(`${DEV_URL}commands.html`);
    const extensionPoint = child(desktop, "ExtensionPoint");
    expect(extensionPoint.attrs["xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = child(extensionPoint, "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const control = child(child(tab, "Group"), "Control");
    expect(control.attrs["xsi:type"]).toBe("Button");
    const label = resource(child(control, "Label").attrs.resid, "ShortStrings");
    expect(label.attrs.DefaultValue).toBe("Regiomonitor");
    const action = child(control, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    const taskpane = resource(child(action, "SourceLocation").attrs.resid, "Urls");
    expect(taskpane.attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  test("uses https://localhost:3000/ for every URL (rewritten for production by the build)", () => {
    const urls: string[] = [];
    for (const element of [manifest, ...descendants(manifest)]) {
      for (const [name, value] of Object.entries(element.attrs)) {
        if (name !== "xmlns" && !name.startsWith("xmlns:") && /^[a-z]+:\/\//i.test(value)) urls.push(value);
      }
      if (/^\s*[a-z]+:\/\//i.test(element.text)) urls.push(element.text.trim());
    }
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  test("assets/ holds exactly what scripts/make-icons.js generates", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "regiomonitor-icons-"));
    try {
      execFileSync(process.execPath, [path.join(ROOT, "scripts", "make-icons.js"), out], { stdio: "pipe" });
      for (const size of [16, 32, 64, 80]) {
        const name = `icon-${size}.png`;
        expect(
          fs.readFileSync(path.join(ROOT, "assets", name)).equals(fs.readFileSync(path.join(out, name))),
        ).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test("validates against the Office add-in manifest XML schemas (xmllint, offline)", () => {
    const schema = path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");
    if (!fs.existsSync(schema)) {
      throw new Error(
        `Manifest schemas not found at ${SCHEMA_DIR}. Put the schemas there (vendor/office-manifest-schemas) ` +
          `or set OFFICE_MANIFEST_SCHEMAS to their directory.`,
      );
    }
    const version = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
    if (version.error) {
      throw new Error(
        "xmllint is not installed; it is needed to validate manifest.xml offline " +
          "(Debian/Ubuntu: apt-get install libxml2-utils; macOS: part of libxml2 / Xcode tools).",
      );
    }
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, "manifest.xml"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({
      status: 0,
      stderr: "manifest.xml validates",
    });
  });

  test("the schemas in vendor/ are the ones given in ../shared, file for file (where ../shared is there)", () => {
    const vendor = path.join(ROOT, "vendor", "office-manifest-schemas");
    const xsd = (dir: string) =>
      fs
        .readdirSync(dir)
        .filter((n) => n.endsWith(".xsd"))
        .sort();
    expect(xsd(vendor)).toEqual([
      "MailAppVersionOverridesV1_0.xsd",
      "MailAppVersionOverridesV1_1.xsd",
      "OfficeAppBasicTypesV1_0.xsd",
      "OfficeAppManifestV1_1.xsd",
      "TaskPaneAppVersionOverridesV1_0.xsd",
    ]);
    const shared = path.resolve(ROOT, "..", "shared", "office-manifest-schemas");
    if (!fs.existsSync(shared)) return; // a clone elsewhere: the copy is all there is
    expect(xsd(shared)).toEqual(xsd(vendor));
    for (const n of xsd(vendor))
      expect([
        n,
        fs.readFileSync(path.join(vendor, n)).equals(fs.readFileSync(path.join(shared, n))),
      ]).toEqual([n, true]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Development and production manifests (webpack.config.js writes the production one; docs/deploy.md)

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  devId: string;
  devName: string;
  prodId: string;
  prodName: string;
  manifestVersion(v: string): string;
  productionManifest(content: string, o: { url: string; id: string; name: string; version: string }): string;
};
const packageVersion = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe("development and production manifests", () => {
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const url = "https://addins.ggd-voorbeeld.nl/regiomonitor/";
  const prod = () =>
    webpackConfig.productionManifest(source, {
      url,
      id: webpackConfig.prodId,
      name: webpackConfig.prodName,
      version: webpackConfig.manifestVersion(packageVersion),
    });

  test("<Version> is package.json's version in four parts, in both", () => {
    expect(webpackConfig.manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(webpackConfig.manifestVersion("2.13.4")).toBe("2.13.4.0");
    expect(() => webpackConfig.manifestVersion("1.0")).toThrow(/x\.y\.z/);
    const version = webpackConfig.manifestVersion(packageVersion);
    expect(child(manifest, "Version").text.trim()).toBe(version);
    expect(child(parseXml(prod()), "Version").text.trim()).toBe(version);
  });

  test("development and production have different Ids and display names", () => {
    const dev = child(manifest, "Id").text.trim();
    expect(dev).toBe(webpackConfig.devId);
    const p = parseXml(prod());
    const id = child(p, "Id").text.trim();
    expect(id).toBe(webpackConfig.prodId);
    expect(id.toLowerCase()).not.toBe(dev.toLowerCase());
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(p, "DisplayName").attrs.DefaultValue).toBe("Regiomonitor");
    expect(child(child(p, "DisplayName"), "Override").attrs.Value).toBe("Regiomonitor");
    expect(prod()).not.toContain("ontwikkeling");
  });

  test("the production manifest has only the production URL, no localhost, and validates (xmllint, offline)", () => {
    const xml = prod();
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const u of urls) expect(u.startsWith(url)).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "regiomonitor-manifest-"));
    try {
      fs.writeFileSync(path.join(dir, "manifest.xml"), xml);
      const result = spawnSync(
        "xmllint",
        [
          "--noout",
          "--nonet",
          "--schema",
          path.join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd"),
          "manifest.xml",
        ],
        { cwd: dir, encoding: "utf8" },
      );
      expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({
        status: 0,
        stderr: "manifest.xml validates",
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    ["http://addins.ggd-voorbeeld.nl/regiomonitor/", /https/],
    ["https://addins.ggd-voorbeeld.nl/regiomonitor", /eindigen op/],
    ["https://localhost:3000/", /localhost/],
    ["https://127.0.0.1/regiomonitor/", /localhost/],
    ["addins.ggd-voorbeeld.nl/", /geen geldige URL/],
  ])("refuses %s as the production URL", (bad, why) => {
    expect(() =>
      webpackConfig.productionManifest(source, {
        url: bad,
        id: webpackConfig.prodId,
        name: webpackConfig.prodName,
        version: "0.1.0.0",
      }),
    ).toThrow(why);
  });

  test("refuses the development Id as the production Id", () => {
    expect(() =>
      webpackConfig.productionManifest(source, {
        url,
        id: webpackConfig.devId,
        name: "x",
        version: "0.1.0.0",
      }),
    ).toThrow(/differ/);
  });
});
