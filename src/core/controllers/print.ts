import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint`, and while print media
 * applies (a print preview, or emulated print media in tests, which fire no print events). The host
 * updates on each change, so a list can lay out everything that matches for paper, where nobody
 * can press "show more". The update runs in the microtasks after `beforeprint`, before the page is
 * laid out for printing.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private media?: MediaQueryList;

  /** Between `beforeprint` and `afterprint`. */
  private betweenPrintEvents = false;

  private readonly onChange = (): void => {
    const printing = this.betweenPrintEvents || (this.media?.matches ?? false);
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };
  private readonly before = (): void => {
    this.betweenPrintEvents = true;
    this.onChange();
  };
  private readonly after = (): void => {
    this.betweenPrintEvents = false;
    this.onChange();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = window.matchMedia('print');
    this.media.addEventListener('change', this.onChange);
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
    this.onChange();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onChange);
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }
}
