/**
 * A real WordPress from Debian's packages, for the plugin test, in a temporary folder of its own:
 * MariaDB on a private socket (no network), a copy of /usr/share/wordpress with its own
 * wp-config.php and wp-content, installed with WordPress's own wp_install(), served by `php -S` on
 * a free loopback port. Nothing outside the folder is touched; stop() ends both servers and deletes it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WORDPRESS = '/usr/share/wordpress';
export const INSTALL_HINT = 'apt-get install -y wordpress mariadb-server php-cli php-mysql';
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find(existsSync);
export const USERS = {
  admin: { login: 'admin', password: 'admin-password-1' },
  author: { login: 'author', password: 'author-password-1' },
  swedishAdmin: { login: 'redaktor', password: 'redaktor-password-1' },
};

function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** What is missing to run WordPress here, as package names; empty when everything is there. */
export function missingPackages() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push('wordpress');
  if (!MARIADBD || !onPath('mariadb-install-db')) missing.push('mariadb-server');
  if (!onPath('php')) missing.push('php-cli');
  else if (!/^mysqli$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout)) missing.push('php-mysql');
  return missing;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeoutMs = 30000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];

async function startDatabase(dir) {
  const datadir = join(dir, 'db');
  const socket = join(dir, 'db.sock');
  const errorLog = join(dir, 'db.err');
  run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, ...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve']);
  const server = spawn(
    MARIADBD,
    ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'db.pid')}`, `--log-error=${errorLog}`, '--innodb-buffer-pool-size=64M', ...asRoot],
    { stdio: 'ignore' },
  );
  await waitFor(() => existsSync(errorLog) && /ready for connections/.test(readFileSync(errorLog, 'utf8')), 'MariaDB');
  return { server, socket };
}

/** Debian's WordPress with this test's wp-config.php: its own database, debug log, no outside requests. */
function layOutWordPress(dir, socket) {
  const root = join(dir, 'www');
  mkdirSync(root);
  for (const name of readdirSync(WORDPRESS)) {
    if (name !== 'wp-content' && name !== 'wp-config.php') cpSync(join(WORDPRESS, name), join(root, name), { recursive: true, verbatimSymlinks: true });
  }
  for (const folder of ['plugins', 'themes', 'uploads']) mkdirSync(join(root, 'wp-content', folder), { recursive: true });
  for (const theme of readdirSync(join(WORDPRESS, 'wp-content/themes'))) {
    symlinkSync(join(WORDPRESS, 'wp-content/themes', theme), join(root, 'wp-content/themes', theme));
  }
  symlinkSync(join(WORDPRESS, 'wp-content/languages'), join(root, 'wp-content/languages'));
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define('${name}', '${name.toLowerCase()}-${Math.random().toString(36).slice(2)}');`)
    .join('\n');
  writeFileSync(
    join(root, 'wp-config.php'),
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
$table_prefix = 'wp_';
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  );
  // What the rewrite rules do on a real server: files as they are, everything else to index.php.
  writeFileSync(
    join(dir, 'router.php'),
    `<?php
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path !== '/' && file_exists(__DIR__ . '/www' . $path)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/www/index.php';
`,
  );
  return root;
}

/** Runs PHP with WordPress loaded (as the command line, no user): `code` is the body. */
export function wpPhp(site, code) {
  const script = join(site.dir, `script-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
  writeFileSync(
    script,
    `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${site.port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${site.port}';
${code}
`,
  );
  return run('php', [script]);
}

function installWordPress(site, socket) {
  const { admin, author, swedishAdmin } = USERS;
  wpPhp(
    site,
    `$db = new mysqli('localhost', 'root', '', '', 0, '${socket}');
$db->query('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
define('WP_INSTALLING', true);
require '${site.root}/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('si-widgets test', '${admin.login}', 'admin@example.org', false, '', '${admin.password}');
update_option('siteurl', '${site.url}');
update_option('home', '${site.url}');
// A Swedish site (as Skåne's are), administered in English but for one Swedish administrator.
update_option('WPLANG', 'sv_SE');
update_user_meta(1, 'locale', 'en_US');
wp_insert_user(array('user_login' => '${author.login}', 'user_pass' => '${author.password}', 'user_email' => 'author@example.org', 'role' => 'author', 'locale' => 'en_US'));
wp_insert_user(array('user_login' => '${swedishAdmin.login}', 'user_pass' => '${swedishAdmin.password}', 'user_email' => 'redaktor@example.org', 'role' => 'administrator', 'locale' => 'sv_SE'));
`,
  );
}

/**
 * Starts MariaDB and WordPress and installs the site (no plugin yet). `files` are copied into the
 * site's folder (`{ 'feeds/sample.json': '/path' }`), served from its own origin.
 */
export async function startWordPress({ files = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'si-widgets-wordpress-'));
  const site = { dir, port: await freePort(), servers: [] };
  site.url = `http://127.0.0.1:${site.port}`;
  site.stop = () => stopWordPress(site);
  try {
    const database = await startDatabase(dir);
    site.servers.push(database.server);
    site.root = layOutWordPress(dir, database.socket);
    for (const [name, source] of Object.entries(files)) {
      mkdirSync(join(site.root, name, '..'), { recursive: true });
      cpSync(source, join(site.root, name));
    }
    installWordPress(site, database.socket);
    const php = spawn('php', ['-S', `127.0.0.1:${site.port}`, '-t', site.root, join(dir, 'router.php')], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: 'ignore',
      // Its own process group: the workers outlive a signal to the parent alone.
      detached: true,
    });
    site.servers.push(php);
    await waitFor(async () => {
      try {
        return (await fetch(`${site.url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    }, 'php -S');
    return site;
  } catch (error) {
    await stopWordPress(site);
    throw error;
  }
}

/** PHP's warnings, notices and errors since the start. */
export function debugLog(site) {
  const path = join(site.dir, 'debug.log');
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

async function stopWordPress(site) {
  for (const server of site.servers.reverse()) {
    if (server.exitCode !== null || server.signalCode !== null) continue;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    const signal = (name) => (server.spawnargs.includes('-S') ? process.kill(-server.pid, name) : server.kill(name));
    signal('SIGTERM');
    let timer;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10000)))]);
    clearTimeout(timer);
    if (server.exitCode === null && server.signalCode === null) signal('SIGKILL');
  }
  site.servers = [];
  rmSync(site.dir, { recursive: true, force: true });
}
