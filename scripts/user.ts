/**
 * `npm run user -- add <username> [--role calltaker|supervisor] [--password-stdin]` creates a console user;
 * `npm run user -- passwd <username> [--password-stdin]` sets a new password (and ends the user's sessions);
 * `npm run user -- list` lists the users. Works on the database DATABASE_URL names (migrating it first), like
 * `npm start`. The password is typed twice without echo, or read from the first line of standard input.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { hashPassword, passwordProblem } from '../src/console/password.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/store/database.js';
import { ROLES, SqlConsoleStore, type Role } from '../src/store/console-store.js';

const USAGE = `usage:
  npm run user -- add <username> [--role calltaker|supervisor] [--password-stdin]
  npm run user -- passwd <username> [--password-stdin]
  npm run user -- list`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Reads one line from the terminal without echoing it. */
function prompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    if (!stdin.isTTY) return reject(new Error('no terminal: use --password-stdin'));
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (ch: string) => {
      for (const c of ch) {
        if (c === '\r' || c === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(value);
        }
        if (c === '\u0003') {
          stdin.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        if (c === '\u007f' || c === '\b') value = value.slice(0, -1);
        else value += c;
      }
    };
    stdin.on('data', onData);
  });
}

async function password(fromStdin: boolean): Promise<string> {
  const first = fromStdin ? await readStdinLine() : await prompt('Password: ');
  const problem = passwordProblem(first);
  if (problem) fail(problem);
  if (!fromStdin && (await prompt('Password again: ')) !== first) fail('the passwords differ');
  return first;
}

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const args = process.argv.slice(2);
  const [command, username] = args;
  const flag = (name: string) => args.includes(name);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!command || !['add', 'passwd', 'list'].includes(command)) fail(USAGE);
  if (command !== 'list' && (!username || !/^[A-Za-z0-9._-]{2,64}$/.test(username))) {
    fail('the user name must be 2-64 letters, digits, dots, dashes or underscores');
  }
  const role = (option('--role') ?? 'calltaker') as Role;
  if (!ROLES.includes(role)) fail(`--role must be one of: ${ROLES.join(', ')}`);

  const config = loadConfig(process.env);
  const db = await openDatabase(config.databaseUrl);
  try {
    const store = new SqlConsoleStore(db.sql, () => crypto.randomUUID());
    if (command === 'list') {
      for (const u of await store.listUsers()) {
        process.stdout.write(`${u.username}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`);
      }
      return;
    }
    const hash = await hashPassword(await password(flag('--password-stdin')));
    if (command === 'add') {
      const outcome = await store.createUser(username!, role, hash, new Date());
      if (outcome === 'exists') fail(`the user ${username} exists already (use passwd to change the password)`);
      process.stdout.write(`created ${role === 'supervisor' ? 'supervisor' : 'call-taker'} ${username}\n`);
    } else {
      if (!(await store.setPassword(username!, hash))) fail(`no user ${username}`);
      process.stdout.write(`password of ${username} changed; their sessions have ended\n`);
    }
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
