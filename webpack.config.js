// Webpack configuration of the Excel add-in (task pane + function file), after the Office yo-office
// React template. See docs/addin.md.
//
//   npm run build       production build in dist/, manifest URLs rewritten to urlProd
//   npm run build:dev   development build in dist/, manifest unchanged (https://localhost:3000/)
//   npm run dev-server  https dev server on port 3000 (office-addin-dev-certs certificates)
//
// Environment variables:
//   REGIOMONITOR_URL_PROD   overrides urlProd (must end with "/")
//   REGIOMONITOR_OFFICE_JS  "local" (default): office.js is served from dist/office-js/ (copied from
//                           @microsoft/office-js); "cdn": the pages reference the official Office CDN
//                           (needed for an AppSource submission)
//   DEV_SERVER_HTTP=1       dev server over plain http (when the dev certificates cannot be installed)
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// CHANGE THIS to the production deployment location (an https origin + path ending in "/").
const urlProd = process.env.REGIOMONITOR_URL_PROD || "https://regiomonitor.example.nl/";

const officeJsCdnUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsLocalDir = "office-js";

/**
 * Which files of @microsoft/office-js/dist the add-in needs in Excel: the loader, the Excel host
 * files for all platforms, the localised strings, and the helper scripts the loader and the host
 * files load relative to office.js (telemetry, web auth, error UX). Debug builds, other Office
 * applications and typings are left out (86 MB -> about 13 MB).
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
  const officeJsMode = process.env.REGIOMONITOR_OFFICE_JS === "cdn" ? "cdn" : "local";
  const officeJsUrl = officeJsMode === "cdn" ? officeJsCdnUrl : `${officeJsLocalDir}/office.js`;
  if (!urlProd.endsWith("/")) throw new Error(`urlProd must end with "/": ${urlProd}`);

  const officeJsDist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

  const copyPatterns = [
    { from: "assets/*", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform(content) {
        if (dev) return content;
        // Production: development comments out, every development URL replaced.
        return content
          .toString()
          .replace(/[ \t]*<!--[\s\S]*?-->\r?\n?/g, "")
          .split(urlDev)
          .join(urlProd);
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
          // Safety net: the task pane's reader (lean-reader.ts) never imports ExcelJS; should a shared module do so
          // for the command line, marking exceljs free of side effects lets webpack drop it from the pane's chunks.
          test: /[\\/]node_modules[\\/]exceljs[\\/]/,
          sideEffects: false,
        },
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
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith(`${officeJsLocalDir}/`),
    },
    plugins: [
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
module.exports.isNeededOfficeJsFile = isNeededOfficeJsFile;
