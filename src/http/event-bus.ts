/** In-process fan-out of committed incident changes to SSE clients, pages and tests. */
import { EventEmitter } from 'node:events';
import type { EventSink, IncidentEvent } from '../core/ports.js';

export class EventBus implements EventSink {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(event: IncidentEvent): void {
    this.emitter.emit('incident', event);
  }

  subscribe(listener: (event: IncidentEvent) => void): () => void {
    this.emitter.on('incident', listener);
    return () => this.emitter.off('incident', listener);
  }
}
