import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long typing must pause before the new result count is announced (screen readers queue each). */
export const TYPING_PAUSE_MS = 800;

/**
 * The pause in a visitor's typing, and the live-region announcement that waits for it: while the
 * visitor types, the announcement keeps its last text, so that a screen reader is not handed a
 * count per keystroke; once typing pauses (or Enter is pressed) the new count is announced and
 * `onPause` runs (e.g. to write the search into the address).
 */
export class TypingPauseController implements ReactiveController {
  private typing = false;
  private timer?: ReturnType<typeof setTimeout>;
  private lastAnnouncement = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPause: () => void,
    private readonly pauseMs = TYPING_PAUSE_MS,
  ) {
    host.addController(this);
  }

  /** The visitor typed: the announcement waits until typing pauses. */
  typed(): void {
    this.typing = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pause(), this.pauseMs);
  }

  /** Typing paused, or Enter was pressed: announce now. */
  pause(): void {
    clearTimeout(this.timer);
    if (!this.typing) return;
    this.typing = false;
    this.onPause();
    this.host.requestUpdate();
  }

  /** Something other than typing changed the view (a select, a button, Back): typing is over. */
  stop(): void {
    clearTimeout(this.timer);
    this.typing = false;
  }

  /** The live region's text: `current()` unless the visitor is typing, then what it said last. */
  announcement(current: () => string): string {
    if (!this.typing) this.lastAnnouncement = current();
    return this.lastAnnouncement;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
