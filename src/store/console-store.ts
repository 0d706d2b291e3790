/**
 * The console's ports on the SQL layer (SQLite or PostgreSQL): users, sessions and login lockouts (all in
 * the database, so whichever gateway process serves a request knows them), and what dispatch owns of an
 * incident (IncidentDispatch: take-over, a call-taker's category / priority decision, flags, notes, manual
 * cluster links). Every console action writes an audit event in the incident's trail and a change note, so
 * every process's live queue hears about it.
 */
import crypto from 'node:crypto';
import type { FlowEvent, FlowState } from '../core/flow/types.js';
import type { Category, Priority } from '../core/incident.js';
import { reporterKey } from '../core/intake.js';
import { assignCluster, linkClusters, unlinkCluster } from './cluster-store.js';
import { audit, EVENTS_CHANNEL, type ChangeNote } from './intake-store.js';
import { applyDecision, clusterAt, type OutboxSnapshot } from './records.js';
import { row, type SqlDatabase, type SqlRunner, type SqlTx } from './sql/types.js';

export type Role = 'calltaker' | 'supervisor';
export const ROLES: readonly Role[] = ['calltaker', 'supervisor'];

export interface ConsoleUser {
  id: string;
  username: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

export interface ConsoleSession {
  id: string;
  user: ConsoleUser;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface DispatchState {
  incidentId: string;
  takenOverBy: string | null;
  takenOverAt: string | null;
  category: Category | null;
  priority: Priority | null;
  decisionReason: string | null;
  decisionBy: string | null;
  decisionAt: string | null;
  flags: string[];
  clusterManual: boolean;
  version: number;
}

export interface Note {
  id: number;
  author: string;
  text: string;
  at: string;
}

interface DispatchRow {
  incidentId: string;
  takenOverBy: string | null;
  takenOverAt: unknown;
  category: string | null;
  priority: string | null;
  decisionReason: string | null;
  decisionBy: string | null;
  decisionAt: unknown;
  flags: string;
  clusterManual: unknown;
  version: number | string;
}

const DISPATCH_COLUMNS =
  '"incidentId", "takenOverBy", "takenOverAt", "category", "priority", "decisionReason", "decisionBy", ' +
  '"decisionAt", "flags", "clusterManual", "version"';

function toDispatch(r: DispatchRow): DispatchState {
  return {
    incidentId: r.incidentId,
    takenOverBy: r.takenOverBy,
    takenOverAt: row.dateOrNull(r.takenOverAt)?.toISOString() ?? null,
    category: r.category as Category | null,
    priority: r.priority as Priority | null,
    decisionReason: r.decisionReason,
    decisionBy: r.decisionBy,
    decisionAt: row.dateOrNull(r.decisionAt)?.toISOString() ?? null,
    flags: JSON.parse(r.flags) as string[],
    clusterManual: row.bool(r.clusterManual),
    version: row.int(r.version),
  };
}

export async function readDispatch(db: SqlRunner, incidentId: string): Promise<DispatchState | null> {
  const r = await db.get<DispatchRow>(`SELECT ${DISPATCH_COLUMNS} FROM "IncidentDispatch" WHERE "incidentId" = ?`, [
    incidentId,
  ]);
  return r ? toDispatch(r) : null;
}

/** Sessions and lockouts: fixed policy (README "Console"). */
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;
export const SESSION_IDLE_MS = 2 * 3600_000;
/** lastSeenAt is written at most this often (a write per request would be wasteful). */
const TOUCH_EVERY_MS = 60_000;

export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export type ActionOutcome = 'ok' | 'not_found' | 'conflict';

/** What a console action changes on an incident, inside its transaction (with the reporter's lock held). */
interface IncidentLockRow {
  id: string;
  channel: string;
  sender: string;
  reference: string;
  status: string;
  priority: string;
  revision: number | string;
  state: string;
}

export class SqlConsoleStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly newId: () => string,
    /** This store's origin on change notes (never the intake store's: every process, this one too, publishes them). */
    private readonly origin: string = `console-${crypto.randomUUID()}`,
  ) {}

  // ---- users -------------------------------------------------------------------------------------------

  async createUser(username: string, role: Role, passwordHash: string, at: Date): Promise<'created' | 'exists'> {
    return this.db.write(async (tx) => {
      const found = await tx.get<{ id: string }>('SELECT "id" FROM "ConsoleUser" WHERE "username" = ?', [username]);
      if (found) return 'exists';
      await tx.run(
        'INSERT INTO "ConsoleUser" ("id", "username", "role", "passwordHash", "disabled", "createdAt") VALUES (?, ?, ?, ?, ?, ?)',
        [this.newId(), username, role, passwordHash, false, at],
      );
      return 'created';
    });
  }

  async setPassword(username: string, passwordHash: string): Promise<boolean> {
    return this.db.write(async (tx) => {
      const r = await tx.run('UPDATE "ConsoleUser" SET "passwordHash" = ? WHERE "username" = ?', [
        passwordHash,
        username,
      ]);
      if (r.changes === 0) return false;
      // A new password ends every session of the user.
      await tx.run(
        'DELETE FROM "ConsoleSession" WHERE "userId" IN (SELECT "id" FROM "ConsoleUser" WHERE "username" = ?)',
        [username],
      );
      return true;
    });
  }

  async userByName(username: string): Promise<ConsoleUser | null> {
    const r = await this.db.read.get<UserRow>(
      'SELECT "id", "username", "role", "passwordHash", "disabled" FROM "ConsoleUser" WHERE "username" = ?',
      [username],
    );
    return r ? toUser(r) : null;
  }

  async listUsers(): Promise<Omit<ConsoleUser, 'passwordHash'>[]> {
    const rows = await this.db.read.all<UserRow>(
      'SELECT "id", "username", "role", "passwordHash", "disabled" FROM "ConsoleUser" ORDER BY "username"',
    );
    return rows.map((r) => {
      const { passwordHash: _p, ...u } = toUser(r);
      return u;
    });
  }

  // ---- sessions ----------------------------------------------------------------------------------------

  /** A new session for the user; returns the cookie value (only its hash is stored). */
  async createSession(userId: string, now: Date): Promise<{ token: string; csrfToken: string }> {
    const token = crypto.randomBytes(32).toString('base64url');
    const csrfToken = crypto.randomBytes(32).toString('base64url');
    await this.db.write((tx) =>
      tx.run(
        'INSERT INTO "ConsoleSession" ("id", "userId", "csrfToken", "createdAt", "lastSeenAt", "expiresAt") VALUES (?, ?, ?, ?, ?, ?)',
        [sessionId(token), userId, csrfToken, now, now, new Date(now.getTime() + SESSION_ABSOLUTE_MS)],
      ),
    );
    return { token, csrfToken };
  }

  /** The live session a cookie value names, or null (unknown, expired, idle too long, user disabled). */
  async session(token: string, now: Date): Promise<ConsoleSession | null> {
    const id = sessionId(token);
    const r = await this.db.read.get<
      UserRow & { sid: string; csrfToken: string; createdAt: unknown; lastSeenAt: unknown; expiresAt: unknown }
    >(
      'SELECT s."id" AS "sid", s."csrfToken", s."createdAt", s."lastSeenAt", s."expiresAt", u."id", u."username", ' +
        'u."role", u."passwordHash", u."disabled" FROM "ConsoleSession" s JOIN "ConsoleUser" u ON u."id" = s."userId" ' +
        'WHERE s."id" = ?',
      [id],
    );
    if (!r) return null;
    const user = toUser(r);
    const lastSeenAt = row.date(r.lastSeenAt);
    const expiresAt = row.date(r.expiresAt);
    if (user.disabled || expiresAt <= now || now.getTime() - lastSeenAt.getTime() > SESSION_IDLE_MS) {
      await this.deleteSession(token);
      return null;
    }
    if (now.getTime() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.db.write((tx) => tx.run('UPDATE "ConsoleSession" SET "lastSeenAt" = ? WHERE "id" = ?', [now, id]));
    }
    return { id, user, csrfToken: r.csrfToken, createdAt: row.date(r.createdAt), lastSeenAt, expiresAt };
  }

  async deleteSession(token: string): Promise<void> {
    await this.db.write((tx) => tx.run('DELETE FROM "ConsoleSession" WHERE "id" = ?', [sessionId(token)]));
  }

  /** Removes expired sessions (called now and then by the console). */
  async pruneSessions(now: Date): Promise<number> {
    const r = await this.db.write((tx) => tx.run('DELETE FROM "ConsoleSession" WHERE "expiresAt" <= ?', [now]));
    return r.changes;
  }

  // ---- lockout -----------------------------------------------------------------------------------------

  /** When the key is locked out until (null: not locked). */
  async lockedUntil(key: string, now: Date): Promise<Date | null> {
    const r = await this.db.read.get<{ lockedUntil: unknown }>(
      'SELECT "lockedUntil" FROM "ConsoleLockout" WHERE "key" = ?',
      [key],
    );
    const until = row.dateOrNull(r?.lockedUntil);
    return until && until > now ? until : null;
  }

  /** Counts a failed login against each key; returns the latest lock end any of them reached (or null). */
  async recordFailure(keys: { key: string; policy: LockoutPolicy }[], now: Date): Promise<Date | null> {
    return this.db.write(async (tx) => {
      let locked: Date | null = null;
      for (const { key, policy } of keys) {
        const r = await tx.get<{ failures: number; windowStart: unknown; lockedUntil: unknown }>(
          'SELECT "failures", "windowStart", "lockedUntil" FROM "ConsoleLockout" WHERE "key" = ?',
          [key],
        );
        const fresh = !r || now.getTime() - row.date(r.windowStart).getTime() > policy.windowMs;
        const failures = fresh ? 1 : row.int(r.failures) + 1;
        const windowStart = fresh ? now : row.date(r.windowStart);
        const previous = row.dateOrNull(r?.lockedUntil);
        const lockedUntil =
          failures >= policy.maxFailures
            ? new Date(now.getTime() + policy.lockMs)
            : previous && previous > now
              ? previous
              : null;
        if (r) {
          await tx.run(
            'UPDATE "ConsoleLockout" SET "failures" = ?, "windowStart" = ?, "lockedUntil" = ? WHERE "key" = ?',
            [failures, windowStart, lockedUntil, key],
          );
        } else {
          await tx.run(
            'INSERT INTO "ConsoleLockout" ("key", "failures", "windowStart", "lockedUntil") VALUES (?, ?, ?, ?)',
            [key, failures, windowStart, lockedUntil],
          );
        }
        if (lockedUntil && (!locked || lockedUntil > locked)) locked = lockedUntil;
      }
      return locked;
    });
  }

  async clearFailures(key: string): Promise<void> {
    await this.db.write((tx) => tx.run('DELETE FROM "ConsoleLockout" WHERE "key" = ?', [key]));
  }

  // ---- what dispatch owns of an incident -----------------------------------------------------------------

  dispatchState(incidentId: string): Promise<DispatchState | null> {
    return readDispatch(this.db.read, incidentId);
  }

  async isTakenOver(incidentId: string): Promise<boolean> {
    const r = await this.db.read.get<{ takenOverBy: string | null }>(
      'SELECT "takenOverBy" FROM "IncidentDispatch" WHERE "incidentId" = ?',
      [incidentId],
    );
    return Boolean(r?.takenOverBy);
  }

  async notes(incidentId: string): Promise<Note[]> {
    const rows = await this.db.read.all<{ id: number; author: string; text: string; at: unknown }>(
      'SELECT "id", "author", "text", "at" FROM "IncidentNote" WHERE "incidentId" = ? ORDER BY "id"',
      [incidentId],
    );
    return rows.map((r) => ({ id: row.int(r.id), author: r.author, text: r.text, at: row.date(r.at).toISOString() }));
  }

  /** Takes the incident over (or fails with 'conflict' when someone else has it). */
  takeOver(incidentId: string, by: string, at: Date): Promise<ActionOutcome> {
    return this.action(incidentId, at, async (tx, d) => {
      if (d.takenOverBy && d.takenOverBy !== by) return 'conflict';
      await tx.run('UPDATE "IncidentDispatch" SET "takenOverBy" = ?, "takenOverAt" = ? WHERE "incidentId" = ?', [
        by,
        at,
        incidentId,
      ]);
      await audit(tx, incidentId, 'console_take_over', { by }, at);
      return 'ok';
    });
  }

  /** Hands the reporter back to the bot; `force` lets a supervisor hand back someone else's. */
  handBack(incidentId: string, by: string, at: Date, force: boolean): Promise<ActionOutcome> {
    return this.action(incidentId, at, async (tx, d) => {
      if (!d.takenOverBy) return 'ok';
      if (d.takenOverBy !== by && !force) return 'conflict';
      await tx.run('UPDATE "IncidentDispatch" SET "takenOverBy" = NULL, "takenOverAt" = NULL WHERE "incidentId" = ?', [
        incidentId,
      ]);
      await audit(tx, incidentId, 'console_hand_back', { by, from: d.takenOverBy }, at);
      return 'ok';
    });
  }

  /**
   * A call-taker's category and/or priority decision with its reason: stored, applied to the incident's
   * state now, and re-applied whenever the flow writes the incident later.
   */
  decide(
    incidentId: string,
    decision: { category?: Category; priority?: Priority; reason: string },
    by: string,
    at: Date,
  ): Promise<ActionOutcome> {
    return this.action(incidentId, at, async (tx, d, incident, events) => {
      const category = decision.category ?? d.category;
      const priority = decision.priority ?? d.priority;
      await tx.run(
        'UPDATE "IncidentDispatch" SET "category" = ?, "priority" = ?, "decisionReason" = ?, "decisionBy" = ?, ' +
          '"decisionAt" = ? WHERE "incidentId" = ?',
        [category, priority, decision.reason, by, at, incidentId],
      );
      const state = JSON.parse(incident.state) as FlowState;
      const from = { category: state.category, priority: state.priority };
      let next = applyDecision(state, { category, priority });
      // Dispatch already has the incident: it hears about the decision as an update (a new revision, through
      // the outbox in this same commit). Before that, the decision goes out with the first hand-off.
      if (state.revision > 0 && (next.category !== state.category || next.priority !== state.priority)) {
        next = { ...next, revision: state.revision + 1 };
        await queueUpdate(tx, incidentId, next, at);
        events.push({ type: 'dispatch', event: 'updated', revision: next.revision, reason: 'call-taker decision' });
      }
      await tx.run(
        'UPDATE "Incident" SET "state" = ?, "category" = ?, "priority" = ?, "revision" = ?, "updatedAt" = ? WHERE "id" = ?',
        [JSON.stringify(next), next.category, next.priority, next.revision, at, incidentId],
      );
      await audit(
        tx,
        incidentId,
        'console_decision',
        { by, from, to: { category, priority }, reason: decision.reason },
        at,
      );
      // A new category may put the incident into (or out of) a cluster.
      await assignCluster(tx, incidentId, this.newId);
      return 'ok';
    });
  }

  addNote(incidentId: string, text: string, by: string, at: Date): Promise<ActionOutcome> {
    return this.action(incidentId, at, async (tx) => {
      await tx.run('INSERT INTO "IncidentNote" ("incidentId", "author", "text", "at") VALUES (?, ?, ?, ?)', [
        incidentId,
        by,
        text,
        at,
      ]);
      await audit(tx, incidentId, 'console_note', { by, text }, at);
      return 'ok';
    });
  }

  setFlag(incidentId: string, flag: string, on: boolean, by: string, at: Date): Promise<ActionOutcome> {
    return this.action(incidentId, at, async (tx, d) => {
      const flags = new Set(d.flags);
      if (on) flags.add(flag);
      else flags.delete(flag);
      await tx.run('UPDATE "IncidentDispatch" SET "flags" = ? WHERE "incidentId" = ?', [
        JSON.stringify([...flags]),
        incidentId,
      ]);
      await audit(tx, incidentId, on ? 'console_flag' : 'console_unflag', { by, flag }, at);
      return 'ok';
    });
  }

  /** Puts the incident into the cluster of the incident `otherReference` names (made if it has none). */
  linkCluster(incidentId: string, otherReference: string, by: string, at: Date): Promise<ActionOutcome> {
    return this.action(incidentId, at, async (tx) => {
      const other = await tx.get<{ id: string }>('SELECT "id" FROM "Incident" WHERE "reference" = ?', [otherReference]);
      if (!other || other.id === incidentId) return 'not_found';
      const clusterId = await linkClusters(tx, incidentId, other.id, this.newId);
      await tx.run('UPDATE "IncidentDispatch" SET "clusterManual" = ? WHERE "incidentId" = ?', [true, incidentId]);
      await audit(tx, incidentId, 'console_cluster_link', { by, with: otherReference, clusterId }, at);
      return 'ok';
    });
  }

  unlinkCluster(incidentId: string, by: string, at: Date): Promise<ActionOutcome> {
    return this.action(incidentId, at, async (tx) => {
      const clusterId = await unlinkCluster(tx, incidentId);
      await tx.run('UPDATE "IncidentDispatch" SET "clusterManual" = ? WHERE "incidentId" = ?', [true, incidentId]);
      await audit(tx, incidentId, 'console_cluster_unlink', { by, clusterId }, at);
      return 'ok';
    });
  }

  /** Records who did something that went through the intake (status, message) in the incident's trail. */
  async auditAction(incidentId: string, type: string, data: unknown, at: Date): Promise<void> {
    await this.db.write((tx) => audit(tx, incidentId, type, data, at));
  }

  /**
   * One console action in one transaction: the reporter's lock (the flow's writes of this incident wait),
   * the incident's version bumped (a flow decision based on the version before fails compare-and-set and is
   * made again, seeing this action), and a change note for every process's live queue.
   */
  private action(
    incidentId: string,
    at: Date,
    work: (tx: SqlTx, d: DispatchState, incident: IncidentLockRow, events: FlowEvent[]) => Promise<ActionOutcome>,
  ): Promise<ActionOutcome> {
    return this.db.write(async (tx) => {
      const found = await tx.get<{ channel: string; sender: string }>(
        'SELECT "channel", "sender" FROM "Incident" WHERE "id" = ?',
        [incidentId],
      );
      if (!found) return 'not_found';
      await tx.lockKey(reporterKey(found.channel, found.sender));
      const incident = await tx.get<IncidentLockRow>(
        'SELECT "id", "channel", "sender", "reference", "status", "priority", "revision", "state" FROM "Incident" WHERE "id" = ?',
        [incidentId],
      );
      if (!incident) return 'not_found';
      await tx.run(
        'INSERT INTO "IncidentDispatch" ("incidentId", "flags", "clusterManual", "version", "updatedAt") ' +
          'VALUES (?, ?, ?, ?, ?) ON CONFLICT ("incidentId") DO NOTHING',
        [incidentId, '[]', false, 0, at],
      );
      const d = await readDispatch(tx, incidentId);
      const events: FlowEvent[] = [];
      const outcome = await work(tx, d!, incident, events);
      if (outcome !== 'ok') return outcome;
      await tx.run('UPDATE "IncidentDispatch" SET "version" = "version" + 1, "updatedAt" = ? WHERE "incidentId" = ?', [
        at,
        incidentId,
      ]);
      await tx.run('UPDATE "Incident" SET "version" = "version" + 1 WHERE "id" = ?', [incidentId]);
      const after = await tx.get<{ status: string; priority: string }>(
        'SELECT "status", "priority" FROM "Incident" WHERE "id" = ?',
        [incidentId],
      );
      const note: ChangeNote = {
        origin: this.origin,
        incidentId,
        reference: incident.reference,
        status: after?.status ?? incident.status,
        priority: after?.priority ?? incident.priority,
        revision: row.int(incident.revision),
        // A dispatch event makes every process's dispatch worker look at the outbox now.
        events,
        outOfBand: false,
        at: at.toISOString(),
      };
      await tx.notify(EVENTS_CHANNEL, JSON.stringify(note));
      return 'ok';
    });
  }
}

/** An `updated` outbox item for the incident at `state` (rendered at delivery, like the flow's own). */
async function queueUpdate(tx: SqlTx, incidentId: string, state: FlowState, at: Date): Promise<void> {
  const r = await tx.get<{
    reference: string;
    channel: string;
    sender: string;
    createdAt: unknown;
    previousId: string | null;
    version: number | string;
  }>('SELECT "reference", "channel", "sender", "createdAt", "previousId", "version" FROM "Incident" WHERE "id" = ?', [
    incidentId,
  ]);
  const [i, o] = await Promise.all([
    tx.get<{ m: number | null }>('SELECT MAX("id") AS "m" FROM "InboundMessage" WHERE "incidentId" = ?', [incidentId]),
    tx.get<{ m: number | null }>('SELECT MAX("id") AS "m" FROM "OutboundMessage" WHERE "incidentId" = ?', [incidentId]),
  ]);
  const snapshot: OutboxSnapshot = {
    v: 2,
    event: 'updated',
    revision: state.revision,
    record: {
      id: incidentId,
      reference: r!.reference,
      channel: r!.channel,
      sender: r!.sender,
      state,
      createdAt: row.date(r!.createdAt).toISOString(),
      previousId: r!.previousId,
      version: row.int(r!.version),
    },
    cut: { inbound: row.int(i?.m ?? 0), outbound: row.int(o?.m ?? 0) },
    updatedAt: at.toISOString(),
    clusterId: await clusterAt(tx, incidentId),
  };
  await tx.run(
    'INSERT INTO "OutboxItem" ("incidentId", "event", "revision", "payload", "createdAt", "nextAttemptAt") ' +
      'VALUES (?, ?, ?, ?, ?, ?)',
    [incidentId, 'updated', state.revision, JSON.stringify(snapshot), at, at],
  );
  await audit(tx, incidentId, 'dispatch_queued', { type: 'dispatch', event: 'updated', revision: state.revision }, at);
}

interface UserRow {
  id: string;
  username: string;
  role: string;
  passwordHash: string;
  disabled: unknown;
}

function toUser(r: UserRow): ConsoleUser {
  return {
    id: r.id,
    username: r.username,
    role: r.role === 'supervisor' ? 'supervisor' : 'calltaker',
    passwordHash: r.passwordHash,
    disabled: row.bool(r.disabled),
  };
}

function sessionId(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
