// PNG export options: the view's image with a legend (label colours and counts) drawn in its
// bottom-left corner and a caption strip below it (title, counts, date), on a plain canvas.
export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

export interface PngDecoration {
  legend: LegendEntry[] | null;
  caption: string | null;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";

async function toImage(blob: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === "function") return createImageBitmap(blob);
  const img = new Image();
  img.src = URL.createObjectURL(blob);
  await img.decode();
  return img;
}

/** The image with the chosen decorations (the input itself when none is asked for). */
export async function decoratePng(image: Blob, deco: PngDecoration, background = "#fbfbfc"): Promise<Blob> {
  if (!deco.legend?.length && !deco.caption) return image;
  const src = await toImage(image);
  const scale = Math.max(1, Math.round(src.width / Math.max(1, window.innerWidth))) || 1;
  const strip = deco.caption ? 34 * scale : 0;
  const canvas = document.createElement("canvas");
  canvas.width = src.width;
  canvas.height = src.height + strip;
  const ctx = canvas.getContext("2d");
  if (!ctx) return image;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(src, 0, 0);
  if (deco.legend?.length) {
    const rows = deco.legend;
    const line = 20 * scale;
    ctx.font = `${13 * scale}px ${FONT}`;
    const width = Math.max(...rows.map((r) => ctx.measureText(`${r.label} ${r.count}`).width)) + 40 * scale;
    const height = rows.length * line + 14 * scale;
    const x = 12 * scale;
    const y = src.height - height - 12 * scale;
    ctx.fillStyle = "rgba(255,255,255,0.94)";
    ctx.strokeStyle = "#d5dae0";
    ctx.lineWidth = scale;
    ctx.fillRect(x, y, width, height);
    ctx.strokeRect(x, y, width, height);
    rows.forEach((r, i) => {
      const cy = y + 7 * scale + line * i + line / 2;
      ctx.fillStyle = r.color;
      ctx.beginPath();
      ctx.arc(x + 16 * scale, cy, 6 * scale, 0, 2 * Math.PI);
      ctx.fill();
      ctx.fillStyle = "#1d232b";
      ctx.textBaseline = "middle";
      ctx.fillText(`${r.label} ${r.count}`, x + 28 * scale, cy);
    });
  }
  if (deco.caption) {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, src.height, canvas.width, strip);
    ctx.fillStyle = "#d5dae0";
    ctx.fillRect(0, src.height, canvas.width, scale);
    ctx.fillStyle = "#1d232b";
    ctx.font = `500 ${14 * scale}px ${FONT}`;
    ctx.textBaseline = "middle";
    ctx.fillText(deco.caption, 12 * scale, src.height + strip / 2, canvas.width - 24 * scale);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("export: the PNG could not be encoded"))), "image/png"),
  );
}
