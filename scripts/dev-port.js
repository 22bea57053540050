/* The dev server's port: `PORT` from the environment (default 3000, the port manifest.xml points at), and a
 * check, before webpack starts, that the port is free, so that a busy port gets one French line instead of
 * webpack-dev-server's EADDRINUSE stack trace. CommonJS: read by webpack.config.js and scripts/start.js. */
const net = require('net');

const DEFAULT_PORT = 3000;

/** The port to serve on, or a French message when `PORT` is not a port number. */
function devPort(env = process.env) {
  const raw = env.PORT;
  if (raw === undefined || raw.trim() === '') return { ok: true, port: DEFAULT_PORT };
  const port = /^\d{1,5}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { ok: false, message: `PORT invalide ${JSON.stringify(raw)} : attendu un numéro de port de 1 à 65535 (par défaut ${DEFAULT_PORT})` };
  }
  return { ok: true, port };
}

/** Resolves to null when `port` can be listened on at `host`, else to the French line to print. */
function checkPortFree(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (e) => {
      const taken = e && (e.code === 'EADDRINUSE' || e.code === 'EACCES');
      resolve(
        taken
          ? `Le port ${port} est déjà utilisé (ou interdit) : arrêtez le programme qui l’occupe, ou choisissez-en un autre, par ex. PORT=3001 npm start (le manifeste pointe sur ${DEFAULT_PORT} : pour Excel, gardez ${DEFAULT_PORT}).`
          : `Impossible d’écouter sur ${host}:${port} (${e && e.code ? e.code : 'erreur inconnue'}).`,
      );
    });
    probe.once('listening', () => probe.close(() => resolve(null)));
    probe.listen(port, host);
  });
}

module.exports = { DEFAULT_PORT, devPort, checkPortFree };
