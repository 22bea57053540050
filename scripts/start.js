/* `npm start`: builds the task pane in memory and serves it on port 3000 (or `PORT`), then prints the URL to open.
 * https (for Excel sideloading) when ~/.office-addin-dev-certs has a certificate, else http on 127.0.0.1
 * for the browser preview. */
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');
const { devPort, checkPortFree } = require('./dev-port');

/** A French line on stderr, no stack trace, a non-zero exit. */
function fail(message) {
  console.error(message);
  process.exit(1);
}

async function main() {
  const port = devPort();
  if (!port.ok) fail(port.message);
  const config = makeConfig({}, { mode: 'development' });
  const busy = await checkPortFree(config.devServer.port, config.devServer.host);
  if (busy) fail(busy);
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
  // Still a port taken between the check and the start (a race): the same line; anything else, its message only.
  if (e && e.code === 'EADDRINUSE') fail(`Le port ${e.port ?? ''} est déjà utilisé : choisissez-en un autre, par ex. PORT=3001 npm start.`);
  fail(`npm start a échoué : ${e && e.message ? e.message : String(e)}`);
});
