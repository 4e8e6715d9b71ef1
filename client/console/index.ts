// Mounts the Cypher console: a "Cypher" button in the header and Ctrl/Cmd+Shift+K toggle a
// bottom drawer; the drawer and CodeMirror are loaded with import() on first open.
import "./console.css";
import "./console-side.css";
import type { ConsoleView } from "./console-view.ts";

export interface ConsoleHandle {
  toggle(open?: boolean): Promise<void>;
  isOpen(): boolean;
}

export interface MountConsoleOptions {
  /** The header element the "Cypher" toggle button is added to. */
  header: HTMLElement;
  /** Where the drawer is appended (after the explorer's main area); default document.body. */
  host?: HTMLElement;
}

export function mountConsole(opts: MountConsoleOptions): ConsoleHandle {
  const host = opts.host ?? document.body;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "cypher-toggle";
  button.dataset.testid = "cypher-toggle";
  button.textContent = "Cypher";
  button.title = "Cypher console (Ctrl+Shift+K)";
  button.setAttribute("aria-expanded", "false");
  opts.header.append(button);

  let view: Promise<ConsoleView> | null = null;
  let open = false;

  const load = (): Promise<ConsoleView> => {
    view ??= import("./console-view.ts").then((m) => {
      const v = m.createConsoleView({ onClose: () => void toggle(false) });
      v.element.hidden = true;
      host.append(v.element);
      return v;
    });
    return view;
  };

  async function toggle(want = !open): Promise<void> {
    open = want;
    button.setAttribute("aria-expanded", String(open));
    button.classList.toggle("active", open);
    document.body.classList.toggle("cypher-open", open);
    if (!open && !view) return;
    const v = await load();
    v.element.hidden = !open;
    if (open) v.focus();
    else button.focus();
  }

  button.addEventListener("click", () => void toggle());
  window.addEventListener("keydown", (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.shiftKey && !ev.altKey && ev.key.toLowerCase() === "k") {
      ev.preventDefault();
      void toggle();
    }
  });
  return { toggle, isOpen: () => open };
}
