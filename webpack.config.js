/**
 * Builds the add-in into dist/: the task pane, the ribbon command's function file, the verdict dialog and a
 * help page, plus the manifest, icons, the office.js runtime and the sample workbook, so the pages load
 * nothing from outside their own origin. `npm run build` for production, `npm run dev-server` for https
 * on https://localhost:3000 with office-addin-dev-certs.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
// webpack's own minimizer (its dependency); configured here only to skip the already-minified ExcelJS.
const MinimizerPlugin = require('minimizer-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PORT = Number(process.env.PORT ?? 3000);

/** office.js's own files, less the debug builds, docs and other Office hosts' scripts the pages never load. */
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*-vsdoc.js',
  '**/office.d.ts',
  '**/outlook_strings.js',
  '**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios}-*.js',
  '**/custom-functions-runtime.js',
];

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks });
}

/** Points the manifest's URLs at the deployed add-in when ADDIN_BASE_URL is set (production only). */
function manifestUrls(content) {
  const base = process.env.ADDIN_BASE_URL;
  if (!base) return content;
  return content.toString().replaceAll(DEV_URL, base.endsWith('/') ? base : `${base}/`);
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
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: production ? manifestUrls : undefined },
          {
            from: 'node_modules/@microsoft/office-js/dist',
            to: 'office-js',
            globOptions: { ignore: OFFICE_JS_IGNORE },
            info: { minimized: true },
          },
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
