// Builds the task pane and the ribbon's function file into dist/.
//
// Environment:
//   ADDIN_PROD_URL  where dist/ will be served (https, ends with /); a production build writes it
//                   into dist/manifest.xml in place of the dev server's https://localhost:3000/.
//   OFFICE_JS=local load office.js from dist/office-js/ (copied from @microsoft/office-js)
//                   instead of Microsoft's CDN, for browser tests on a machine without internet.
//
// Certificates are only touched by `webpack serve --mode development`; a production build (and
// any build on Linux or in CI) never needs them.
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const DEFAULT_PROD_URL = 'https://lakip-tracker.example/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_DIR = 'office-js';

/** The production base URL from ADDIN_PROD_URL: https, with a trailing slash. */
function productionUrl() {
  const url = process.env.ADDIN_PROD_URL || DEFAULT_PROD_URL;
  if (!url.startsWith('https://')) {
    throw new Error(
      `ADDIN_PROD_URL must be an https URL (Office loads add-ins over https only), got: ${url}`,
    );
  }
  return url.endsWith('/') ? url : `${url}/`;
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const localOfficeJs = process.env.OFFICE_JS === 'local';
  const prodUrl = dev ? DEV_URL : productionUrl();
  const officeJsUrl = localOfficeJs ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;

  const copyPatterns = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, prodUrl)),
    },
  ];
  if (localOfficeJs) {
    copyPatterns.push({
      from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
      to: OFFICE_JS_LOCAL_DIR,
      // Microsoft's files are already minified; without this Terser would spend minutes on 86 MB.
      info: { minimized: true },
    });
  }

  /** @type {import('webpack').Configuration} */
  const config = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-cheap-module-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // dist/ also holds the compiled CLI (tsconfig.cli.json: dist/cli, dist/core, dist/adapters),
      // which bin/lakip.js runs: a build of the add-in must not delete it.
      clean: { keep: /^(cli|core|adapters)[\\/]/ },
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type errors are `npm run typecheck`'s job; the bundle only needs the emit.
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', noEmit: false },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent UI, loaded by taskpane.html itself (a separately cached file).
          // Only the task pane's initial chunks are grouped, so commands.html stays tiny and
          // lazily imported libraries (exceljs) stay in their own async chunks.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendor',
            chunks: (chunk) => chunk.name === 'taskpane',
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJsUrl },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
  };

  if (dev && serving) {
    // Required here, not at the top: only the dev server needs certificates.
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    };
  }

  return config;
};
