// Webpack configuration of the Excel add-in (task pane + function file), after the Office yo-office
// React template. See docs/addin.md.
//
//   npm run build       production build in dist/: manifest URLs rewritten to urlProd, the production
//                       add-in Id and display name, <Version> from package.json (docs/deploy.md)
//   npm run build:dev   development build in dist/, manifest unchanged (https://localhost:3000/, the
//                       development Id and "Regiomonitor (ontwikkeling)")
//   npm run dev-server  https dev server on port 3000 (office-addin-dev-certs certificates)
//
// Environment variables:
//   REGIOMONITOR_URL_PROD   the https location where dist/ is deployed (must end with "/")
//   REGIOMONITOR_ID_PROD    another production add-in Id (a GUID), e.g. for an acceptance environment
//
// office.js: the production build references Microsoft's CDN
// (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), as Microsoft requires for the numbered
// requirement sets; no copy of Microsoft's files is shipped. The development build and the dev server serve a
// copy of the npm package @microsoft/office-js from dist/office-js/, so that tests and development stay offline.
//   DEV_SERVER_HTTP=1       dev server over plain http (when the dev certificates cannot be installed)
"use strict";

const path = require("path");
const { URL } = require("url");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");

const urlDev = "https://localhost:3000/";
// The production deployment location (an https origin + path ending in "/"): set REGIOMONITOR_URL_PROD.
// The default is a placeholder that only tests and size measurements build with.
const urlProd = process.env.REGIOMONITOR_URL_PROD || "https://regiomonitor.example.nl/";

// manifest.xml is the development manifest: its own Id and the display name "Regiomonitor (ontwikkeling)",
// so that a developer's sideloaded add-in and the organisation's deployed one can be installed side by side
// and are told apart. The production build writes these instead (docs/deploy.md).
const devId = "4738ff17-c2aa-4e66-ba11-5ee7cf220de5";
const devName = "Regiomonitor (ontwikkeling)";
const prodId = process.env.REGIOMONITOR_ID_PROD || "23748b8d-087e-4712-8761-07da030baa03";
const prodName = "Regiomonitor";

/** The manifest <Version> for package.json's version: four parts ("0.1.0" -> "0.1.0.0"). */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(packageVersion);
  if (!m) throw new Error(`package.json version is not x.y.z: ${packageVersion}`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** Why `url` cannot be the production location, or null. */
function badProductionUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return "geen geldige URL";
  }
  if (u.protocol !== "https:") return "Office laadt invoegtoepassingen alleen over https";
  if (!url.endsWith("/")) return 'de URL moet eindigen op "/"';
  if (/^(localhost|127\.|\[::1\])/i.test(u.hostname)) return "localhost is alleen voor ontwikkeling";
  if (u.search || u.hash) return "geen ? of # in de URL";
  return null;
}

/**
 * The production manifest from the development one: comments out, every development URL replaced by `url`,
 * the production Id and display name, <Version> set. Throws when anything of development is left.
 */
function productionManifest(content, { url, id, name, version }) {
  const bad = badProductionUrl(url);
  if (bad) throw new Error(`REGIOMONITOR_URL_PROD ${url}: ${bad}`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw new Error(`production add-in Id is not a GUID: ${id}`);
  if (id.toLowerCase() === devId)
    throw new Error("the production add-in Id must differ from the development Id");
  const out = content
    .toString()
    .replace(/[ \t]*<!--[\s\S]*?-->\r?\n?/g, "")
    .split(urlDev)
    .join(url)
    .replace(`<Id>${devId}</Id>`, `<Id>${id}</Id>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`)
    .split(`"${devName}"`)
    .join(`"${name}"`);
  const left = ["localhost", devId, devName].filter((s) => out.toLowerCase().includes(s.toLowerCase()));
  if (left.length > 0) throw new Error(`production manifest still contains: ${left.join(", ")}`);
  return out;
}

const officeJsCdnUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsLocalDir = "office-js";

/**
 * Which files of @microsoft/office-js/dist the development build copies (the production build copies none):
 * the loader, the Excel host files for all platforms, the localised strings, and the helper scripts the
 * loader and the host files load relative to office.js (telemetry, web auth, error UX). Debug builds, other
 * Office applications and typings are left out (86 MB -> about 13 MB).
 */
function isNeededOfficeJsFile(relativePath) {
  const p = relativePath.split(path.sep).join("/");
  if (/\.debug\.js$/.test(p) || /-vsdoc\.js$/.test(p)) return false;
  return (
    /^(office|es6-promise|o15apptofilemappingtable)\.js$/.test(p) ||
    /^excel[a-z0-9.-]*\.js$/.test(p) ||
    /^[a-z]{2,3}(-[a-z0-9]+)*\/office_strings\.js$/.test(p) ||
    /^telemetry\/oteljs(_agave)?\.js$/.test(p) ||
    /^ariatelemetry\/[^/]+\.js$/.test(p) ||
    /^webauth\/webauth\.[a-z]+\.js$/.test(p) ||
    /^agaveerrorux\//.test(p)
  );
}

async function getHttpsOptions() {
  // Only needed by `webpack serve`; loaded lazily so that builds never touch certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serve = Boolean(env && env.WEBPACK_SERVE);
  const officeJsMode = dev ? "local" : "cdn";
  const officeJsUrl = officeJsMode === "cdn" ? officeJsCdnUrl : `${officeJsLocalDir}/office.js`;
  const version = manifestVersion(require("./package.json").version);

  const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

  const copyPatterns = [
    { from: "assets/*", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform(content) {
        if (dev) return content;
        return productionManifest(content, { url: urlProd, id: prodId, name: prodName, version });
      },
    },
  ];
  if (officeJsMode === "local") {
    copyPatterns.push({
      from: "**/*",
      context: officeJsDist,
      to: `${officeJsLocalDir}/[path][name][ext]`,
      filter: (resourcePath) => isNeededOfficeJsFile(path.relative(officeJsDist, resourcePath)),
      info: { minimized: true }, // already minified: keep the minimizer away from them
    });
  }

  /** @type {import("webpack").Configuration} */
  const config = {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    target: "web",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      // "auto": chunks are loaded relative to the script that loads them, so dist/ can live under
      // any path of the production origin.
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true, // type checking: npm run typecheck
              // tsconfig.json targets Node (CommonJS); webpack needs ES modules so that dynamic
              // import() becomes a separate chunk instead of a require().
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: "all" },
    },
    performance: {
      // Fluent UI + React make the task pane about 1 MB unminified / 400 kB minified; office.js copies
      // and source maps are not part of the initial download budget.
      hints: dev ? false : "warning",
      // One asset may be larger: the report chunk with ECharts (about 1.1 MB), loaded only when the user
      // clicks "Rapport maken" (src/taskpane/features/report/ReportDownload.tsx); the initial download stays
      // within maxEntrypointSize.
      maxAssetSize: 1.5 * 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith(`${officeJsLocalDir}/`),
    },
    plugins: [
      // The national workbook writer (src/xlsx/sheet-writer.ts) zips with node:zlib on the command line; in the
      // pane the same zipParts runs on fflate (src/taskpane/shared/lazy/zip-write-browser.ts).
      new NormalModuleReplacementPlugin(/^\.\/zip-write$/, (resource) => {
        if (path.basename(resource.context) === "xlsx")
          resource.request = path.resolve(__dirname, "src/taskpane/shared/lazy/zip-write-browser.ts");
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl },
      }),
    ],
  };

  if (serve) {
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: process.env.DEV_SERVER_HTTP
        ? { type: "http" }
        : { type: "https", options: await getHttpsOptions() },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  return config;
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
module.exports.devId = devId;
module.exports.devName = devName;
module.exports.prodId = prodId;
module.exports.prodName = prodName;
module.exports.manifestVersion = manifestVersion;
module.exports.productionManifest = productionManifest;
module.exports.isNeededOfficeJsFile = isNeededOfficeJsFile;
module.exports.officeJsCdnUrl = officeJsCdnUrl;
