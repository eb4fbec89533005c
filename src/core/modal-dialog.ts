import type { LitElement, ReactiveController } from 'lit';

/**
 * The modal dialogs open on the page (an element's each), and the page's own overflow (its root's
 * inline `overflow-x` and `overflow-y`: one set alone has no `overflow` to read) and scroll bar
 * gutter before the first of them opened, given back when the last one closes.
 */
const open = new Set<ModalDialog>();
let pageOverflow: string[] = [];

/**
 * While an element's modal dialog is open, the page behind it does not scroll (a wheel, a touch, a
 * key): the root's `overflow` is `hidden`, set through the CSSOM, which a strict CSP allows, and
 * where its scroll bar takes room (not an overlay one), its gutter stays, so that nothing behind the
 * dialog moves sideways. Closed,
 * or gone with its element, the page's own value is back. Checked after each of the element's
 * updates (it opens and closes its dialog in them, or after them).
 *
 * It also keeps an element's modal dialog modal when a host's script moves the element while the dialog is
 * open (`appendChild` to another container takes it out of the page and puts it back): taken out, a
 * dialog leaves the top layer, and comes back open but not modal (the page behind it not inert, no
 * backdrop, no Escape), with the focus it held fallen to the page. Put back, it is shown modal again,
 * and the focus goes back to what had it last in the dialog (else where `showModal()` puts it). What
 * the dialog holds is its own affair: an inner element taken out with it may end what it was doing
 * (a code app's set-up does, as its secret goes with it).
 */
export class ModalDialog implements ReactiveController {
  readonly #host: LitElement;
  readonly #dialog: () => HTMLDialogElement | null;
  /** What had the focus last in the open dialog, however deep in the elements it holds; not kept alive by this. */
  #focused: WeakRef<HTMLElement> | undefined;
  #watching = false;

  constructor(host: LitElement, dialog: () => HTMLDialogElement | null) {
    this.#host = host;
    this.#dialog = dialog;
    host.addController(this);
  }

  /** Locks the page's scrolling while the dialog is modal, and gives it back when no dialog is. */
  #lock = (): void => {
    const style = document.documentElement.style;
    if (this.#host.isConnected && this.#dialog()?.matches(':modal')) {
      if (!open.size) pageOverflow = [style.overflowX, style.overflowY, style.scrollbarGutter];
      open.add(this);
      // A scroll bar that takes room keeps it, empty: the page does not move sideways behind the dialog.
      if (innerWidth > document.documentElement.clientWidth) style.scrollbarGutter = 'stable';
      style.overflow = 'hidden';
    } else if (open.delete(this) && !open.size) [style.overflowX, style.overflowY, style.scrollbarGutter] = pageOverflow;
  };

  hostConnected(): void {
    const root = this.#host.renderRoot as ShadowRoot;
    // Read at each focus move, key and pointer in the element: a focus moving inside an element the
    // dialog holds (a click from one of its fields to another) is seen by none of these events' targets.
    if (!this.#watching) {
      this.#watching = true;
      const seen = () => {
        let active = root.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        if (active instanceof HTMLElement && this.#dialog()?.open) this.#focused = new WeakRef(active);
      };
      for (const type of ['focusin', 'keyup', 'pointerup']) root.addEventListener(type, seen);
    }
    const dialog = this.#dialog();
    if (!dialog?.open || dialog.matches(':modal')) return;
    const focused = this.#focused?.deref();
    // Shown again without closing it: `close()` would tell the element that the user closed it.
    dialog.removeAttribute('open');
    dialog.showModal();
    // Back where it was, if that is still in the dialog (through the shadow roots it is in).
    let inside = false;
    for (let node: Node | undefined = focused; node && !inside; node = (node.getRootNode() as ShadowRoot).host) {
      inside = dialog.contains(node);
    }
    if (inside) focused?.focus();
    this.#lock();
  }

  hostUpdated(): void {
    void this.#host.updateComplete.then(this.#lock);
  }

  hostDisconnected(): void {
    this.#lock();
  }
}
