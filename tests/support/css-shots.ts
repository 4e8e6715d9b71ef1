// Screenshots of every styled view (explorer, entity panel, article view, console, corrections,
// add-news dialog) to compare a CSS change: npx tsx tests/support/css-shots.ts DIR, then --compare BEFORE AFTER.
import fs from "node:fs";
import path from "node:path";
import { launchChromium } from "./browser.ts";
import { openBrowserSession } from "./browser-session.ts";
import { cameraSettled, entityId } from "../e2e/page-helpers.ts";

export async function viewShots(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const s = await openBrowserSession({ viewport: { width: 1440, height: 900 }, external: false, open: "/" });
  const { page } = s;
  const shots: string[] = [];
  const shot = async (name: string): Promise<void> => {
    await page.waitForTimeout(400);
    const file = path.join(dir, `${name}.png`);
    await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
    shots.push(file);
  };
  try {
    // The same layout for both runs: the graph is drawn at fixed positions.
    await page.evaluate(() => {
      const g = window.__kgx.graph!;
      g.nodes()
        .sort()
        .forEach((n, i) =>
          g.mergeNodeAttributes(n, { x: Math.cos(i * 2.4) * (10 + i * 3), y: Math.sin(i * 2.4) * (10 + i * 3) }),
        );
      window.__kgx.sigma!.refresh();
    });
    await page.getByTestId("fit").click();
    await cameraSettled(page);
    await shot("explorer");
    const russia = await entityId(page, "Russia");
    await page.evaluate((id) => window.__kgx.clickNode(id), russia);
    await page.locator(".side-panel:not([hidden])").first().waitFor();
    await cameraSettled(page);
    await shot("entity-panel");
    await page.locator("a[href*='#/article/']").first().click();
    await page.waitForFunction(() => window.location.hash.includes("#/article/"));
    await shot("article-view");
    await page.locator("body").press("Escape");
    await page.getByTestId("cypher-toggle").click();
    await page.getByTestId("cypher-console").waitFor();
    await shot("console");
    await page.getByTestId("cypher-toggle").click();
    await page.getByTestId("open-corrections").click();
    await page.getByTestId("corrections-view").waitFor();
    await shot("corrections");
    await page.getByTestId("close-corrections").click();
    await page.getByTestId("add-news-toggle").click();
    await page.getByTestId("add-news").waitFor();
    await shot("add-news");
  } finally {
    await s.close();
  }
  return shots;
}

/** Per screenshot name, how many pixels differ between two folders (decoded in Chromium). */
export async function comparePngs(a: string, b: string): Promise<Record<string, number>> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const out: Record<string, number> = {};
  try {
    for (const name of fs.readdirSync(a).filter((f) => f.endsWith(".png"))) {
      const pair = [a, b].map((d) => fs.readFileSync(path.join(d, name)).toString("base64"));
      out[name] = await page.evaluate(async (pngs) => {
        const data = await Promise.all(
          pngs.map(async (b64) => {
            const img = new Image();
            img.src = `data:image/png;base64,${b64}`;
            await img.decode();
            const c = document.createElement("canvas");
            [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
            const ctx = c.getContext("2d")!;
            ctx.drawImage(img, 0, 0);
            return ctx.getImageData(0, 0, c.width, c.height).data;
          }),
        );
        const [x, y] = data as [Uint8ClampedArray, Uint8ClampedArray];
        if (x.length !== y.length) return -1;
        let n = 0;
        for (let i = 0; i < x.length; i += 4) if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) n++;
        return n;
      }, pair);
    }
  } finally {
    await browser.close();
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  if (process.argv[2] === "--compare") console.log(await comparePngs(process.argv[3]!, process.argv[4]!));
  else await viewShots(process.argv[2] ?? "css-shots");
}
