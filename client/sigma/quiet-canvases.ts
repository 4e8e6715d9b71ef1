// Skip clearing a sigma layer that is already empty. sigma clears all six of its canvases
// on every frame, and a cleared canvas counts as changed: without a GPU the browser then
// copies every one of them (about 5 MB each at 1400×900) into the page before it can show
// the frame. Layers that stay empty most of the time (hovered nodes, hover halos, edge
// labels while they are off) then cost nothing.

const READS_ONLY = new Set([
  "clearRect",
  "measureText",
  "getImageData",
  "getLineDash",
  "getTransform",
  "getContextAttributes",
  "isPointInPath",
  "isPointInStroke",
  "isContextLost",
  "createLinearGradient",
  "createRadialGradient",
  "createConicGradient",
  "createPattern",
  "createImageData",
]);

/** Wrap a 2D context: a full clearRect is skipped when nothing was drawn since the last one. */
function quiet2d(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D): void {
  let drawn = false;
  const proto = CanvasRenderingContext2D.prototype as unknown as Record<string, unknown>;
  const own = ctx as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    const original = descriptor?.value as unknown;
    if (typeof original !== "function" || READS_ONLY.has(name) || name === "constructor") continue;
    own[name] = function (this: unknown, ...args: unknown[]) {
      drawn = true; // any call that may paint (conservative: state calls count too)
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  const clearRect = proto.clearRect as CanvasRenderingContext2D["clearRect"];
  ctx.clearRect = function (x, y, w, h) {
    // sigma clears in CSS pixels under a pixel-ratio scale: compare in device pixels.
    const { a: sx, d: sy } = this.getTransform();
    const whole = x <= 0 && y <= 0 && (x + w) * sx >= canvas.width && (y + h) * sy >= canvas.height;
    if (whole && !drawn) return;
    clearRect.call(this, x, y, w, h);
    if (whole) drawn = false;
  };
}

/** Wrap a WebGL context: clearing the screen is skipped when nothing was drawn since the last clear. */
function quietGl(gl: WebGLRenderingContext | WebGL2RenderingContext): void {
  let drawn = false;
  let target: WebGLFramebuffer | null = null;
  const own = gl as unknown as Record<string, (...a: unknown[]) => unknown>;
  const wrap = (name: string, before: (args: unknown[]) => boolean): void => {
    const original = own[name];
    if (typeof original !== "function") return;
    own[name] = function (this: unknown, ...args: unknown[]) {
      if (!before(args)) return undefined;
      return original.apply(this, args);
    };
  };
  wrap("bindFramebuffer", (args) => {
    target = (args[1] as WebGLFramebuffer | null) ?? null;
    return true;
  });
  for (const name of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"])
    wrap(name, () => {
      if (target === null) drawn = true;
      return true;
    });
  wrap("clear", () => {
    if (target !== null) return true;
    if (!drawn) return false;
    drawn = false;
    return true;
  });
}

/**
 * Build something (a sigma renderer) whose canvases get quiet contexts: every context created
 * while `create` runs is wrapped as it is made, while its canvas is still blank.
 */
export function withQuietCanvases<T>(create: () => T): T {
  const proto = HTMLCanvasElement.prototype;
  const getContext = proto.getContext;
  const wrapped = new WeakSet<object>();
  proto.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
    const ctx = getContext.apply(this, args) as RenderingContext | null;
    if (ctx && !wrapped.has(ctx)) {
      wrapped.add(ctx);
      if (ctx instanceof CanvasRenderingContext2D) quiet2d(this, ctx);
      else if ("drawArrays" in ctx) quietGl(ctx);
    }
    return ctx;
  } as typeof getContext;
  try {
    return create();
  } finally {
    proto.getContext = getContext;
  }
}
