/**
 * Which of office.js's files an Excel add-in serves: everything in @microsoft/office-js's dist/ (the same
 * layout as Microsoft's CDN folder) but the debug builds, the docs and other Office hosts' scripts, which
 * the pages never load. Shared by webpack.config.js (the local copy) and scripts/mirror-office-js.ts (an
 * intranet mirror of the CDN's current files).
 */
const fs = require('node:fs');
const path = require('node:path');

const LEFT_OUT = [
  /\.debug\.js$/,
  /-vsdoc\.js$/,
  /(^|\/)office\.d\.ts$/,
  /(^|\/)outlook_strings\.js$/,
  /(^|\/)(access|onenote|outlook|outlookwebapp|powerpoint|powerpointios|project|word|wordios)-[^/]*\.js$/,
  /(^|\/)custom-functions-runtime\.js$/,
];

/** `relative` is a path inside dist/ with `/` separators. */
function servesOfficeJsFile(relative) {
  return !LEFT_OUT.some((pattern) => pattern.test(relative));
}

/** The files to serve, relative to `dist` (`/` separators), sorted. */
function officeJsFiles(dist) {
  return fs
    .readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(dist, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join('/'),
    )
    .filter(servesOfficeJsFile)
    .sort();
}

module.exports = { servesOfficeJsFile, officeJsFiles };
