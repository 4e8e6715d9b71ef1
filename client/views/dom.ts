// Tiny DOM builder: every piece of data goes in through textContent or attributes,
// never innerHTML, so names like `<img onerror>` stay text.
type Child = Node | string | null | undefined | false;

export interface ElOptions {
  className?: string;
  testid?: string;
  text?: string;
  title?: string;
  href?: string;
  attrs?: Record<string, string>;
  style?: Partial<Record<"background" | "color" | "borderColor", string>>;
  onClick?: (ev: MouseEvent) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (opts.className) node.className = opts.className;
  if (opts.testid) node.dataset.testid = opts.testid;
  if (opts.text !== undefined) node.textContent = opts.text;
  if (opts.title) node.title = opts.title;
  if (opts.href !== undefined) node.setAttribute("href", opts.href);
  for (const [k, v] of Object.entries(opts.attrs ?? {})) node.setAttribute(k, v);
  for (const [k, v] of Object.entries(opts.style ?? {}))
    node.style.setProperty(k === "borderColor" ? "border-color" : k, v);
  const onClick = opts.onClick;
  if (onClick) node.addEventListener("click", (ev) => onClick(ev as MouseEvent));
  for (const c of children) if (c) node.append(c);
  return node;
}

/** Replace every child of `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}

/** A coloured label chip ("Person"). */
export function labelChip(label: string, color: string): HTMLSpanElement {
  return el("span", { className: "chip", text: label, style: { background: color } });
}

export function message(text: string, kind: "info" | "error" = "info"): HTMLParagraphElement {
  return el("p", { className: `message ${kind}`, text, attrs: kind === "error" ? { role: "alert" } : {} });
}
