#!/usr/bin/env node
"use strict";
// Thin launcher: the compiled command line lives in lib/ (built by `npm install` through the prepare script).
const { main } = require("../lib/cli/dispatch.js");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
