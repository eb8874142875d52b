import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What sharing a link came to: the visitor is told in the element's live region, except `cancelled`. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The page's address pointing at a project's card: `#si-project-<id>`. */
export function projectFragment(id: string): string {
  return `si-project-${encodeURIComponent(id)}`;
}

/** The connected hosts, each updated when the address's fragment changes: one listener for all of them. */
const hostsOnPage = new Set<ReactiveControllerHost>();

function updateHostsOnPage(): void {
  for (const host of hostsOnPage) host.requestUpdate();
}

/**
 * A card's link to share, and the card the page's address points at. The link is the project's own
 * `url`, else the page's address with `#si-project-<id>`; a card whose id is in the address is
 * highlighted (and scrolled to once), also after the fragment changes.
 */
export class ShareLinkController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (hostsOnPage.size === 0) window.addEventListener('hashchange', updateHostsOnPage);
    hostsOnPage.add(this.host);
  }

  hostDisconnected(): void {
    hostsOnPage.delete(this.host);
    if (hostsOnPage.size === 0) window.removeEventListener('hashchange', updateHostsOnPage);
  }

  /** Whether the page's address points at the project `id`. */
  isTarget(id: string): boolean {
    return window.location.hash === `#${projectFragment(id)}`;
  }

  /** The link to share for a project: its own `url`, else this page at its card. */
  linkFor(id: string, url: string | undefined): string {
    if (url) return url;
    const page = new URL(window.location.href);
    page.hash = projectFragment(id);
    return page.href;
  }

  /** Whether the device has a share sheet (Web Share API); else the link is copied. */
  get canShare(): boolean {
    return typeof navigator.share === 'function';
  }

  /** Shares `url` through the device's share sheet where there is one, else copies it. */
  async share(url: string, title: string): Promise<ShareOutcome> {
    if (this.canShare) {
      try {
        await navigator.share({ title, url });
        return 'shared';
      } catch (error) {
        // The visitor closed the sheet: nothing to say. Any other refusal falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      return 'copied';
    } catch {
      return 'failed';
    }
  }
}
