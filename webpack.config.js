/* Build of the task pane: `webpack --mode production` → dist/ (taskpane.html, the bundle, assets/). */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { devPort, DEFAULT_PORT } = require('./scripts/dev-port');

// `PORT=3001 npm start`; an invalid PORT is reported by scripts/start.js, the default is kept here.
const chosenPort = devPort();
const PORT = chosenPort.ok ? chosenPort.port : DEFAULT_PORT;
const FUNCTIONS_SOURCES = ['scripts/generate-functions-metadata.ts', 'src/functions/metadata.ts'].map((f) => path.resolve(__dirname, f));

/**
 * Emits functions.json (Excel's custom-functions metadata) at the root of the output, from the typed
 * definitions in src/functions/metadata.ts, through the same functionsJson() the tests check. An emitted asset
 * (not a file written beside the build) so that `npm start`'s in-memory dev server serves it too.
 */
let tsNodeRegistered = false;
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsMetadataPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        // ts-node compiles the two TypeScript files on require; the cache is dropped so a watch rebuild sees edits.
        if (!tsNodeRegistered) require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
        tsNodeRegistered = true;
        for (const file of FUNCTIONS_SOURCES) delete require.cache[file];
        const { functionsJson } = require(FUNCTIONS_SOURCES[0]);
        compilation.emitAsset('functions.json', new compiler.webpack.sources.RawSource(functionsJson()));
        for (const file of FUNCTIONS_SOURCES) compilation.fileDependencies.add(file);
      });
    });
  }
}

/** Office requires https for a sideloaded add-in: use the office-addin-dev-certs certificate when present. */
function devCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return null;
  return {
    cert: fs.readFileSync(cert),
    key: fs.readFileSync(key),
    ca: fs.existsSync(path.join(dir, 'ca.crt')) ? fs.readFileSync(path.join(dir, 'ca.crt')) : undefined,
  };
}

module.exports = (_env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const certificate = devCertificate();
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx', functions: './src/functions/entry.ts' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // functions.js keeps a fixed name: the manifest's <Script> points at it.
      filename: (data) => (data.chunk && data.chunk.name === 'functions' ? 'functions.js' : production ? '[name].[contenthash:8].js' : '[name].js'),
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`'s job; ES modules let webpack tree-shake Fluent UI.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', noErrorOnMissing: true }] }),
      new FunctionsMetadataPlugin(),
    ],
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000 },
    devServer: {
      port: PORT,
      // https for Excel (sideloading) when dev certificates exist; plain http on loopback for the browser preview.
      host: certificate ? 'localhost' : '127.0.0.1',
      server: certificate ? { type: 'https', options: certificate } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      open: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      historyApiFallback: false,
    },
  };
};
