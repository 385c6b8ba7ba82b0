/**
 * Builds the add-in into dist/: the task pane, the ribbon command's function file, the verdict dialog and a
 * help page, plus the manifest, icons, the office.js runtime and the sample workbook, so the pages load
 * nothing from outside their own origin. `npm run build` for production, `npm run dev-server` for https
 * on https://localhost:3000 with office-addin-dev-certs.
 *
 * Deployment switches (`npm run build -- --env …`):
 *   baseUrl=https://host/path/   where the add-in is published: rewrites every URL in dist/manifest.xml
 *                                (ADDIN_BASE_URL=… does the same); the pages' own URLs are relative already.
 *   officeJs=local|cdn|https://… office.js from dist/office-js/ (default, the npm copy), from Microsoft's CDN
 *                                (which AppSource requires), or from an intranet mirror of the CDN made by
 *                                scripts/mirror-office-js.ts; the pages' Content-Security-Policy allows
 *                                scripts from that one origin besides their own.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { URL } = require('node:url');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
// webpack's own minimizer (its dependency); configured here only to skip the already-minified ExcelJS.
const MinimizerPlugin = require('minimizer-webpack-plugin');
const { servesOfficeJsFile } = require('./scripts/office-js-files');

const PORT = Number(process.env.PORT ?? 3000);

/** Where the pages load office.js from: the copy in dist/ or Microsoft's CDN (`--env officeJs=cdn`). */
const OFFICE_JS = {
  local: 'office-js/office.js',
  cdn: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
};

const OFFICE_JS_DIST = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks });
}

/** The `--env` switches, checked: a typo fails the build rather than shipping a manifest that points nowhere. */
function deployment(env) {
  const base = env.baseUrl ?? process.env.ADDIN_BASE_URL;
  return {
    officeJs: officeJsSource(env.officeJs ?? 'local'),
    baseUrl: base === undefined ? undefined : checkedBaseUrl(base),
  };
}

/**
 * `local`, `cdn`, or the https URL of an office.js mirrored onto an intranet server: the `<script src>` of the
 * pages, and whether dist/ carries its own copy.
 */
function officeJsSource(choice) {
  if (Object.hasOwn(OFFICE_JS, choice)) return { src: OFFICE_JS[choice], local: choice === 'local' };
  let url;
  try {
    url = new URL(choice);
  } catch {
    throw new Error(`--env officeJs=${choice}: expected local, cdn or the https URL of an office.js`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`--env officeJs=${choice}: office.js must be loaded over https`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`--env officeJs=${choice}: no query, fragment or credentials`);
  if (!url.pathname.endsWith('/office.js'))
    throw new Error(`--env officeJs=${choice}: the URL must name office.js (…/office.js)`);
  return { src: url.href, local: false };
}

/** An absolute https URL ending in `/`: Office loads add-ins only over https, and pages resolve against it. */
function checkedBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--env baseUrl=${text}: not an absolute URL (e.g. https://budget.example.gov/addin/)`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`--env baseUrl=${text}: Office loads add-ins only over https`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`--env baseUrl=${text}: no query, fragment or credentials`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Points every manifest URL at the deployed add-in: the dev server's `https://localhost:3000/…` becomes
 * `${baseUrl}…` and its bare origin (AppDomain) the base URL's origin. Comments keep their text. A URL's
 * serialisation percent-encodes quotes and `<`, so only `&` needs escaping for XML.
 */
function manifestFor(baseUrl) {
  const xml = (text) => text.replaceAll('&', '&amp;');
  const origin = new URL(baseUrl).origin;
  return (content) =>
    content
      .toString()
      .split(/(<!--[\s\S]*?-->)/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(/https:\/\/localhost:3000(\/?)/g, (_, slash) => xml(slash ? baseUrl : origin)),
      )
      .join('');
}

/**
 * Only the add-in's own origin (and the CDN's or the mirror's when office.js comes from there). Styles allow 'unsafe-inline':
 * Fluent UI (Griffel) inserts <style> elements at run time and the pages carry small inline styles.
 * frame-ancestors cannot be set from a <meta> element; a server that wants it sends it as a header.
 */
function contentSecurityPolicy(officeJs) {
  const scripts = officeJs.local ? "'self'" : `'self' ${new URL(officeJs.src).origin}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/**
 * Puts the Content-Security-Policy first in each page's <head> (a <meta> policy governs only what follows it)
 * and points the office.js <script> at the chosen copy. Edits the template's output before webpack's tags
 * are injected and the HTML minified.
 */
class PagePolicyPlugin {
  constructor(officeJs) {
    this.officeJs = officeJs;
  }

  apply(compiler) {
    const csp = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(this.officeJs)}" />`;
    compiler.hooks.compilation.tap('PagePolicyPlugin', (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).afterTemplateExecution.tap(
        'PagePolicyPlugin',
        (data) => {
          const charset = /<meta charset="UTF-8" \/>/i;
          if (!charset.test(data.html))
            throw new Error(`${data.outputName}: no <meta charset="UTF-8" /> to put the CSP after`);
          data.html = data.html
            .replace(charset, (meta) => `${meta}\n    ${csp}`)
            .replaceAll(`src="${OFFICE_JS.local}"`, `src="${this.officeJs.src}"`);
          return data;
        },
      );
    });
  }
}

/**
 * office-addin-dev-certs makes a localhost certificate and trusts its CA; where trusting needs rights we do
 * not have (Linux without sudo), the generated files still serve https, and failing that plain http does
 * for the browser-only pane.
 */
async function httpsServer() {
  try {
    const options = await require('office-addin-dev-certs').getHttpsServerOptions();
    return { type: 'https', options };
  } catch (error) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const files = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      console.warn(
        `Dev certificate CA not trusted on this machine (${error.message}); serving https anyway.`,
      );
      const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
      return { type: 'https', options: { key, cert, ca } };
    }
    console.warn(
      `No dev certificates (${error.message}); serving http: fine for the pane in a browser, not for Office.`,
    );
    return 'http';
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === 'production';
  const { baseUrl, officeJs } = deployment(env);
  return {
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/dialog/dialog.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      // ExcelJS's browser build is one self-contained bundle: nothing in it for webpack to resolve.
      noParse: /exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; ES modules here let webpack split and tree-shake.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands', './src/commands/commands.html', ['commands']),
      page('dialog', './src/dialog/dialog.html', ['dialog']),
      page('help', './src/taskpane/help.html', []),
      new PagePolicyPlugin(officeJs),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: baseUrl ? manifestFor(baseUrl) : undefined },
          ...(officeJs.local
            ? [
                {
                  from: OFFICE_JS_DIST,
                  to: 'office-js',
                  filter: (file) =>
                    servesOfficeJsFile(path.relative(OFFICE_JS_DIST, file).split(path.sep).join('/')),
                  info: { minimized: true },
                },
              ]
            : []),
          { from: 'samples/seed-2026-planted-errors.xlsx', to: 'samples/' },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: { exceljs: { test: /[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async' } },
      },
      minimizer: [
        new MinimizerPlugin({
          test: /\.js$/,
          exclude: /^exceljs\./,
          minify: MinimizerPlugin.terserMinify,
          minimizerOptions: { compress: { passes: 2 } },
        }),
      ],
    },
    // The budget is checked by scripts/bench-addin.ts (task pane under 400 KB gzipped), not by size hints.
    performance: { hints: false },
    devServer: {
      port: PORT,
      server: env.WEBPACK_SERVE ? await httpsServer() : undefined,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
};

// For tests/deploy: the switches and the policy, without a build.
module.exports.deployment = deployment;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
