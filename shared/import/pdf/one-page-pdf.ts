/**
 * A one-page PDF around a content stream (/F1 is Helvetica, not embedded): for the reader's tests and
 * fuzzing, and the app's warm-up read of pdf.js after start-up. `forms` are form XObjects the page
 * can paint as /X1, /X2 …: each its dictionary entries (/BBox, /Matrix) and its content.
 */
export function buildPdf(content: string, forms: readonly { dict: string; content: string }[] = []): Uint8Array {
  const stream = (dict: string, body: string) => `<< ${dict}/Length ${body.length} >>\nstream\n${body}\nendstream`;
  const xobjects = forms.map((_, i) => `/X${i + 1} ${6 + i} 0 R`).join(' ');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>${xobjects ? ` /XObject << ${xobjects} >>` : ''} >> >>`,
    stream('', content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...forms.map((f) => stream(`/Type /XObject /Subtype /Form ${f.dict} `, f.content)),
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
