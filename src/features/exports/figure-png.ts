/** A composed figure (figure-image.ts) drawn to PNG, in the page: a blob: URL onto a canvas, no request leaves. */

/** The composed figure as a PNG at `scale`× (2: sharp on a slide or a retina screen). */
export function figureToPng(
  composed: { svg: string; width: number; height: number },
  scale = 2,
): Promise<Blob> {
  const { svg, width, height } = composed;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.scale(scale, scale);
        ctx.drawImage(img, 0, 0, width, height);
        canvas.toBlob(
          (blob) =>
            blob ? resolve(blob) : reject(new Error('PNG encoding failed')),
          'image/png',
        );
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn'));
    };
    img.src = url;
  });
}
