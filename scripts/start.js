/* `npm start`: builds the task pane in memory and serves it on port 3000, then prints the URL to open.
 * https (for Excel sideloading) when ~/.office-addin-dev-certs has a certificate, else http on 127.0.0.1
 * for the browser preview. */
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');

async function main() {
  const config = makeConfig({}, { mode: 'development' });
  const compiler = webpack(config);
  // Read before start(): the dev server normalises its options object in place.
  const https = typeof config.devServer.server === 'object';
  const url = `${https ? 'https' : 'http'}://${config.devServer.host}:${config.devServer.port}/taskpane.html`;
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  compiler.hooks.done.tap('print-url', (stats) => {
    if (stats.hasErrors()) return;
    console.log(`\nVolet prêt : ${url}`);
    console.log(
      https
        ? 'Excel : chargez manifest.xml (sideload) ; le volet est servi en https.'
        : 'Ouvrez cette adresse dans un navigateur : aperçu sur le classeur en mémoire.',
    );
  });
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
