// The PNG of the view, drawn by a temporary sigma with its own label layout: node and edge
// labels placed as on the canvas (whole, never overlapping), then returned with that layout.
import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import { createLabelLayout } from "./label-layout.ts";
import type { LabelFrame } from "./label-layout.ts";
import { installLabelLayout } from "./renderer.ts";
import type { KgxSigma } from "./renderer.ts";

export interface ViewPng {
  image: Blob;
  /** The labels the image shows, with their boxes (CSS pixels of the view). */
  labels: LabelFrame;
}

export async function viewToPng(sigma: KgxSigma, background: string): Promise<ViewPng> {
  // The canvas's own layout holds the canvas's labels: sharing it would leave every edge label
  // out of the image as "over a label" (the same label, drawn on screen).
  const labels = createLabelLayout(background);
  const image = await toBlob(sigma as unknown as Sigma, {
    format: "png",
    backgroundColor: background,
    sigmaSettings: { defaultDrawNodeLabel: labels.drawNodeLabel, defaultDrawEdgeLabel: labels.drawEdgeLabel },
    withTempRenderer: (temp) => {
      installLabelLayout(temp as unknown as KgxSigma, labels);
      temp.refresh();
    },
  });
  return { image, labels: labels.frame() };
}
