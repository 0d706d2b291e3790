/**
 * The WeChat bot channel (Wechaty): a push channel with no route. It starts with the server when
 * WECHATY_PUPPET names a puppet, logs the login QR link, takes direct messages from people (not rooms,
 * not the bot itself), stores each one through the core before saying anything back, and says the
 * core's replies in order. Out-of-band messages (nudges, dispatch statuses, dispatcher texts) go to the
 * contact by id.
 *
 * Failure handling, in short (details in README.md):
 * - a puppet that stops (crash, watchdog reset) is restarted with exponential backoff;
 * - a message is stored through the delivery service (retried with backoff on a storage error) before any
 *   reply; the service hands its replies durably to the outbound worker, which says them through send() in
 *   order per contact, with the one back-off policy, also after a restart. A puppet's redelivery of a message
 *   stores nothing new and queues nothing twice (the outbound rows are released once).
 */
import { IdempotencyConflict, InvalidText, RateLimited } from '../../core/errors.js';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Contact, Message, OfficialPuppetNpmName, Wechaty } from 'wechaty';
import type { Config } from '../../config.js';
import type { OutboundMessage } from '../../core/message.js';
import { InProcessSerializer } from '../../store/keyed-serializer.js';
import { SendError, type Availability, type ChannelAdapter, type ChannelContext } from '../types.js';
import { wechatyCapabilities } from './capabilities.js';
import { routeWechatyLog, secretsOf } from './logging.js';
import { backoffMs } from '../../delivery/backoff.js';
import { maskId, qrCodeUrl, toInboundMessage, type PuppetLocation } from './mapping.js';

/** A puppet instance (e.g. `new PuppetMock({ mocker })`), as Wechaty takes it. */
export type WechatyPuppet = Wechaty['puppet'];

export interface WechatyChannelOptions {
  /** Use this puppet instead of the one WECHATY_PUPPET names (tests pass a PuppetMock they control). */
  puppet?: WechatyPuppet;
  /** First retry delay for restarts and stores (ms, default 1000); doubles per attempt. */
  retryBaseMs?: number;
  /** Longest retry delay (ms, default 60 000). */
  retryMaxMs?: number;
  /** How often the puppet is checked for having stopped without an error event (ms, default 30 000). */
  healthCheckMs?: number;
}

const MOCK_PUPPET = 'wechaty-puppet-mock';
/** Storage errors are retried this many times before the message is given up (and logged). */
const STORE_ATTEMPTS = 8;

/** The part of a puppet's service state this channel reads (state-switch's StateSwitch). */
interface PuppetService {
  state: { active(): boolean | 'pending' };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Where a real puppet keeps its login session (Wechaty's memory card, `<name>.memory-card.json`), so a
 * restart does not need a new QR scan: beside the SQLite file, or in the working directory.
 */
function memoryCardName(config: Readonly<Config>): string {
  const url = config.databaseUrl;
  if (!url.startsWith('file:')) return 'wechaty-intake';
  return path.join(path.dirname(url.slice('file:'.length)), 'wechaty-intake');
}

class WechatyChannel implements ChannelAdapter {
  readonly id = 'wechat' as const;
  readonly capabilities = wechatyCapabilities;

  private bot: Wechaty | null = null;
  private ctx: ChannelContext | null = null;
  private log: Logger | null = null;
  private stopping = false;
  private officialContactType: number | null = null;

  /** Puppet message events, loaded concurrently and handed on in the order they came. */
  private arrivals: Promise<void> = Promise.resolve();
  /** One contact's messages and sends run one at a time, in arrival order. */
  private readonly perContact = new InProcessSerializer();

  private restartAttempts = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private restarting: Promise<void> | null = null;
  private healthTimer: NodeJS.Timeout | null = null;

  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly healthCheckMs: number;

  constructor(private readonly opts: WechatyChannelOptions = {}) {
    this.retryBaseMs = opts.retryBaseMs ?? 1000;
    this.retryMaxMs = opts.retryMaxMs ?? 60_000;
    this.healthCheckMs = opts.healthCheckMs ?? 30_000;
  }

  availability(config: Readonly<Config>): Availability {
    if (this.opts.puppet || config.env.WECHATY_PUPPET) return { on: true };
    return { on: false, reason: 'WECHATY_PUPPET is not set (e.g. wechaty-puppet-mock for a demo)' };
  }

  async start(ctx: ChannelContext): Promise<void> {
    this.ctx = ctx;
    this.stopping = false;
    const log = ctx.log.child({ channel: 'wechat' });
    this.log = log;
    const puppetName = ctx.config.env.WECHATY_PUPPET;
    const token = ctx.config.env.WECHATY_PUPPET_TOKEN;
    // Loaded here, not at import: a gateway without the WeChat bot never pays for loading Wechaty.
    const { WechatyBuilder, types, log: wechatyLog } = await import('wechaty');
    // Wechaty's own logger prints the puppet token at its verbose level: route it through ours, redacted.
    routeWechatyLog(wechatyLog, log.child({ component: 'wechaty' }), secretsOf(ctx.config));
    this.officialContactType = types.Contact.Official;
    const bot = this.opts.puppet
      ? WechatyBuilder.build({ puppet: this.opts.puppet })
      : WechatyBuilder.build({
          // The mock keeps nothing worth saving; a real puppet keeps its login session across restarts.
          ...(puppetName === MOCK_PUPPET ? {} : { name: memoryCardName(ctx.config) }),
          puppet: puppetName as OfficialPuppetNpmName,
          ...(token ? { puppetOptions: { token } } : {}),
        });
    this.bot = bot;

    bot.on('scan', (qrcode, status) => {
      const state = types.ScanStatus[status];
      if (qrcode && (status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout)) {
        log.info(
          { status: state, qr: qrCodeUrl(qrcode) },
          'wechat login: open the QR link and scan it with the bot account',
        );
      } else {
        log.info({ status: state }, 'wechat login: scan status');
      }
    });
    bot.on('login', (user) => {
      log.info({ user: maskId(user.id) }, 'wechat bot logged in');
      this.restartAttempts = 0;
      // Replies deferred while logged out may be due: the worker tries them now.
      ctx.deliverSoon();
    });
    bot.on('logout', (user, reason) => {
      if (this.stopping) log.info({ user: maskId(user.id) }, 'wechat bot logged out (shutting down)');
      else log.warn({ user: maskId(user.id), reason }, 'wechat bot logged out; waiting for it to log in again');
    });
    bot.on('error', (err) => {
      log.warn({ err: { message: errorText(err) } }, 'wechat puppet error');
      this.checkPuppet();
    });
    // Messages are taken from the puppet's own event, in the order the puppet delivers them: Wechaty's
    // `message` event loads each message concurrently and can swap two sent back to back (a shared
    // location overtaken by the text after it). The puppet is set during bot.start(), before it runs.
    bot.on('puppet', (puppet) => {
      puppet.on('message', ({ messageId }) => this.onPuppetMessage(messageId));
    });

    try {
      await bot.start();
    } catch (err) {
      this.bot = null;
      // Only resolving the puppet throws here (a puppet that fails to start is reported as an error
      // event and restarted): a misspelt or missing puppet package is a configuration error.
      throw new Error(
        `WeChat bot: cannot load puppet "${puppetName ?? 'instance'}" (${errorText(err)}). ` +
          `Install it (npm install ${puppetName ?? '<puppet>'}) or unset WECHATY_PUPPET.`,
      );
    }
    this.healthTimer = setInterval(() => this.checkPuppet(), this.healthCheckMs);
    this.healthTimer.unref();
    log.info(
      { puppet: this.opts.puppet ? 'instance' : puppetName, loggedIn: bot.isLoggedIn },
      'wechat bot started; messages are taken once the bot account is logged in',
    );
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    if (this.healthTimer) clearInterval(this.healthTimer);
    this.restartTimer = this.healthTimer = null;
    await this.restarting;
    // Finish what is in hand while the bot can still reply, then stop the puppet, then finish what
    // arrived meanwhile (stored; its replies are deferred to the outbound worker of the next start).
    await this.idle();
    const bot = this.bot;
    if (bot) {
      try {
        await bot.stop();
      } catch (err) {
        this.log?.warn({ err: { message: errorText(err) } }, 'wechat bot did not stop cleanly');
      }
    }
    await this.idle();
    this.bot = null;
  }

  /**
   * Out-of-band message (and deferred replies): to the contact by id, after the replies being said to
   * them now. The outbound worker keeps each contact's messages in order.
   */
  send(message: OutboundMessage): Promise<{ providerMessageId: string | null }> {
    return this.perContact.run(message.to, async () => {
      const bot = this.bot;
      if (this.stopping || !bot?.isLoggedIn) throw new SendError('WeChat bot is not logged in', true, 'not_logged_in');
      const contact = await bot.Contact.find({ id: message.to }).catch(() => undefined);
      if (!contact) throw new SendError('WeChat contact not found', true, 'contact_missing');
      try {
        const sent = await contact.say(message.text);
        return { providerMessageId: sent ? sent.id : null };
      } catch (err) {
        throw new SendError(`WeChat send failed: ${errorText(err)}`, true, 'send_failed');
      }
    });
  }

  // --- inbound ------------------------------------------------------------------------------------

  /** Loads the message now, hands it on in arrival order (the chain waits only for loading). */
  private onPuppetMessage(messageId: string): void {
    const loading = this.load(messageId);
    this.arrivals = this.arrivals
      .then(() => loading)
      .then((message) => {
        if (message) this.onMessage(message);
      })
      .catch((err: unknown) =>
        this.log?.error({ err: { message: errorText(err) }, messageId }, 'wechat message could not be taken'),
      );
  }

  /** The message as Wechaty sees it; a puppet that cannot give its payload yet is asked again. */
  private async load(messageId: string): Promise<Message | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const bot = this.bot;
      if (!bot) return null;
      const message = await bot.Message.find({ id: messageId }).catch(() => undefined);
      if (message) return message;
      await new Promise((resolve) => setTimeout(resolve, this.delay(attempt)));
    }
    this.log?.error({ messageId }, 'wechat message could not be read from the puppet; not stored');
    return null;
  }

  private onMessage(message: Message): void {
    const bot = this.bot;
    const log = this.log;
    if (!bot || !log) return;
    if (message.room()) return; // group chats are not reports to the bot
    const talker = message.talker();
    if (bot.isLoggedIn && talker.id === bot.currentUser.id) return; // the bot's own messages
    if (this.isOfficialAccount(talker)) return; // official accounts pushing articles
    this.perContact
      .run(talker.id, () => this.handle(message, talker.id))
      .catch((err: unknown) =>
        log.error(
          { err: { message: errorText(err) }, messageId: message.id, sender: maskId(talker.id) },
          'wechat message could not be stored',
        ),
      );
  }

  /** An unreadable contact type counts as a person: better one stray report than a lost one. */
  private isOfficialAccount(contact: Contact): boolean {
    try {
      return contact.type() === this.officialContactType;
    } catch {
      return false;
    }
  }

  private async handle(message: Message, sender: string): Promise<void> {
    const ctx = this.ctx;
    if (!ctx) return;
    const inbound = await toInboundMessage(message, sender, ctx.clock(), (id) => this.locate(id));
    // Stored, then its replies released to the outbound worker in order: the delivery service decides.
    const answer = await this.retryingStorage(
      () => ctx.delivery.respond(this.capabilities, inbound, Date.now()),
      inbound.providerMessageId,
      'wechat message not stored yet; retrying',
    );
    // Answers with no incident to queue them on (a new report refused over a limit): said now, best effort.
    if (answer.kind !== 'deferred') return;
    for (const text of answer.direct) {
      try {
        await message.talker().say(text);
      } catch (err) {
        this.log?.warn({ err: { message: errorText(err) }, to: maskId(sender) }, 'wechat answer not said');
        return;
      }
    }
  }

  private async locate(messageId: string): Promise<PuppetLocation | null> {
    try {
      return await this.bot!.puppet.messageLocation(messageId);
    } catch (err) {
      this.log?.warn({ err: { message: errorText(err) }, messageId }, 'wechat location unreadable; stored without it');
      return null;
    }
  }

  /** Runs a database write, retrying a storage error with backoff (the writes used here are idempotent). */
  private async retryingStorage<T>(write: () => Promise<T>, messageId: string, warning: string): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write();
      } catch (err) {
        // Refusals are answers, not storage errors: retrying cannot change them.
        if (err instanceof RateLimited || err instanceof IdempotencyConflict || err instanceof InvalidText) throw err;
        if (attempt + 1 >= STORE_ATTEMPTS) throw err;
        this.log?.warn({ err: { message: errorText(err) }, messageId, attempt: attempt + 1 }, warning);
        await new Promise((resolve) => setTimeout(resolve, this.delay(attempt)));
      }
    }
  }

  // --- puppet health ------------------------------------------------------------------------------

  /** Restarts the puppet, with backoff, when it has stopped although the channel has not. */
  private checkPuppet(): void {
    const bot = this.bot;
    if (this.stopping || !bot || this.restartTimer || this.restarting) return;
    let active: boolean | 'pending';
    try {
      // wechaty-puppet's typings point `state` at a state-switch path TypeScript cannot resolve.
      active = (bot.puppet as unknown as PuppetService).state.active();
    } catch {
      return; // not initialised yet: start() is still resolving the puppet
    }
    if (active === true) return;
    const delayMs = this.delay(this.restartAttempts++);
    this.log?.warn({ delayMs, attempt: this.restartAttempts }, 'wechat puppet is not running; restarting');
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.restarting = this.restart().then(() => {
        this.restarting = null;
        this.checkPuppet();
      });
    }, delayMs);
    this.restartTimer.unref();
  }

  private async restart(): Promise<void> {
    const bot = this.bot;
    if (this.stopping || !bot) return;
    try {
      await bot.puppet.start();
      this.log?.info('wechat puppet restarted');
    } catch (err) {
      this.log?.error({ err: { message: errorText(err) } }, 'wechat puppet restart failed');
    }
  }

  // --- helpers ------------------------------------------------------------------------------------

  /** Waits until no contact has work in hand (work may queue more work, hence the loop). */
  private async idle(): Promise<void> {
    await this.arrivals;
    await this.perContact.idle();
  }

  /** The one back-off policy (src/delivery/backoff.ts), with this channel's base and cap. */
  private delay(attempt: number): number {
    return backoffMs(attempt, Math.random, this.retryMaxMs, this.retryBaseMs);
  }
}

/** A WeChat bot channel; the registry uses the default one, tests make their own with a mock puppet. */
export function createWechatyChannel(opts: WechatyChannelOptions = {}): ChannelAdapter {
  return new WechatyChannel(opts);
}

export const wechatyChannel: ChannelAdapter = createWechatyChannel();
